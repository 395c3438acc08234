def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from collections import deque
d = deque("abcab")
print(d.count("a"), d.index("b"), d.index("b", 2))
d.remove("a")
print(d)
d.insert(1, "X")
print(d)
d[0] = "first"
del d[-1]
print(d, d[1])
show(lambda: d.remove("zz"))
show(lambda: d.index("zz"))
show(lambda: d[10])
show(lambda: d["a"])
show(lambda: d[1:2])
d.clear()
print(d, len(d), bool(d))
