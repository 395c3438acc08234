d = {"x": 10, "y": 20, "z": 30}
for k in d:
    print(k, end=" ")
print()
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(f"{k}={v}")
