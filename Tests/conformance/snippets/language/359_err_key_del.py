# Error case: key del
print("demonstrating: key del")
d = {"a": 1}
del d["z"]
