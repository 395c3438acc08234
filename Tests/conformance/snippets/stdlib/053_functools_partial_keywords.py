def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from functools import partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
g = partial(f, 1, d=40)
print(g(2), g(2, 30), g(2, d=0), g(b=5))
show(lambda: g())
h = partial(g, 2)
print(h(), h.args, h.keywords)
print(partial(sorted, key=len)(["ccc", "a", "bb"]))
print(partial(max, default=0)([]))
