d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["b"])
d["a"] = 100
print(d)
print("a" in d, "z" in d, 1 in d)
print(dict(x=1, y=2), dict([("k", "v")]))
