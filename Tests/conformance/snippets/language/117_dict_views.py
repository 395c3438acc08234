d = {"a": 1, "b": 2}
ks = d.keys()
d["c"] = 3
print(len(ks), "c" in ks)
print(sorted(d.values()), 2 in d.values())
print(dict(sorted({"b": 1, "a": 2}.items())))
