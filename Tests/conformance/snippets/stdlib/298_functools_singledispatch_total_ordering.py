from functools import singledispatch, total_ordering, cached_property, wraps
@singledispatch
def describe(x):
    return f'object {x!r}'
@describe.register(int)
def _(x):
    return f'int {x}'
@describe.register(list)
def _(x):
    return f'list of {len(x)}'
print(describe(3), describe([1, 2]), describe('s'), describe(True))
@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
vs = [Version('1.10'), Version('1.2'), Version('1.2.1')]
print([v.parts for v in sorted(vs)], Version('2.0') >= Version('1.9'), Version('1.0') <= Version('1.0'))
def logged(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@logged
def area(r):
    """Area of a circle."""
    return 3.14159 * r * r
print(area.__name__, area.__doc__, round(area(2), 3))
