from collections import OrderedDict
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a == dict(b), dict(a) == dict(b))
print(list(reversed(a)))
c = a.copy()
c["z"] = 3
print(a, c, type(c).__name__)
print(isinstance(a, dict), len(a))
