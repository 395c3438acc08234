from collections import defaultdict
d = defaultdict(list, {"a": [1]})
e = d.copy()
e["b"].append(2)
print(d, e, type(e).__name__, e.default_factory)
print(d.get("q", "none"), "q" in d)
print(d.setdefault("q", [9]), d)
print(d.pop("q"), d)
