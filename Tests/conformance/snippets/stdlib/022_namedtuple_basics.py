from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point.__name__)
q = Point(y=5, x=3)
print(q, q._asdict())
print(q._replace(y=0), q)
print(Point._make([7, 8]), tuple(q), list(q))
print(hash(p) == hash((1, 2)))
