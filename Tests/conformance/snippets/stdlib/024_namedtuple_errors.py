def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from collections import namedtuple
P = namedtuple("P", "x y")
show(lambda: P(1))
show(lambda: P(1, 2, 3))
show(lambda: P(1, 2, z=3))
show(lambda: P(1, x=2))
show(lambda: P(1, 2)._replace(z=1))
show(lambda: namedtuple("P", "x _y"))
show(lambda: namedtuple("P", "x x"))
show(lambda: namedtuple("P", "x def"))
show(lambda: namedtuple("1P", "x"))
show(lambda: P._make([1]))
p = P(1, 2)
show(lambda: setattr(p, "x", 5))
