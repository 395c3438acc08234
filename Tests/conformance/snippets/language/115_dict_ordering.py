d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(list(d))
del d["z"]
d["z"] = 4
print(list(d))
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
