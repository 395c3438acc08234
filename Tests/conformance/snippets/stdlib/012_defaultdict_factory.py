def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from collections import defaultdict
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(dict(nested["x"]), list(nested))
s = defaultdict(set)
s["a"].add(1); s["a"].add(1); s["b"].add(2)
print(sorted(s), s["a"])
d = defaultdict(None)
show(lambda: d["missing"])
show(lambda: defaultdict(5))
d2 = defaultdict(int, a=1)
print(d2, d2.get("b"), d2)
d2.default_factory = list
print(d2["c"], d2)
print(isinstance(d2, dict), type(d2).__name__)
