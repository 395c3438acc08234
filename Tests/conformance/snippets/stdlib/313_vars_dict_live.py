class Point:
    kind = 'point'
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
d = vars(p)
print(d, d is not None)
d['z'] = 3
print(p.z)
p.w = 4
print(d)
del d['x']
print(hasattr(p, 'x'), sorted(vars(p)))
p.__dict__['x'] = 10
print(p.x, p.__dict__)
p.__dict__.update(a=1, b=2)
print(p.a, p.b, len(p.__dict__))
print('y' in p.__dict__, list(p.__dict__.keys()))
class Config:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)
c = Config(lr=0.1, epochs=5)
print(c.lr, c.epochs, vars(c))
print(type(Point.__dict__).__name__, Point.__dict__['kind'])
print('__init__' in Point.__dict__, 'x' in Point.__dict__)
try:
    Point.__dict__['kind'] = 'other'
except TypeError as e:
    print('TypeError:', e)
print(Point.__dict__.get('missing', 'default'))
print(sorted(k for k in Point.__dict__ if not k.startswith('__')))
Point.extra = 5
print(Point.__dict__['extra'])
try:
    vars(3)
except TypeError as e:
    print('TypeError:', e)
q = Point(0, 0)
state = dict(vars(q))
q.x = 99
print(state, vars(q))
for key, value in vars(q).items():
    print(key, value)
def f():
    pass
f.tag = 'hello'
print(vars(f), f.__dict__['tag'])
