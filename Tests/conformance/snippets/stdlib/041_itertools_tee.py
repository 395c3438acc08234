def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from itertools import tee
a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y, z = tee("ab", 3)
print(next(x), list(y), list(x), list(z))
print(tee([1], 0))
show(lambda: tee([1], -1))
it = iter(range(5))
p, q = tee(it)
next(p); next(p)
print(list(zip(p, q)))
