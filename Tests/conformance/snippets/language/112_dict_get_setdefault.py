d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0))
print(d.setdefault("b", []), d)
d.setdefault("b", []).append(5)
print(d)
