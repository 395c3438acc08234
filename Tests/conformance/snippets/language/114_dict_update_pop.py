d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
d.update(d=4)
print(d)
print(d.pop("a"), d.pop("zz", "missing"), d)
print(d.popitem(), d)
