# `Cls(a, b)` and `obj.method(a)` go straight into the Python function's frame when they can:
# every case that cannot (or that changes on the way) must still answer as Python does.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def scaled(self, k):
        return Point(self.x * k, self.y * k)
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
for i in range(3):
    p = p.moved(1, 1).scaled(2)
print(p, p.norm2())

# An instance attribute hides the method of the same name.
q = Point(0, 0)
q.norm2 = lambda: "instance attribute"
print(q.norm2())

# The class is changed after instances exist: calls see the new method at once.
def norm2_again(self):
    return -1
Point.norm2 = norm2_again
print(p.norm2())
del Point.norm2
try:
    p.norm2()
except AttributeError as e:
    print("AttributeError", e)

class WithDefaults:
    def __init__(self, a, b=10, *rest, **named):
        self.total = a + b + sum(rest) + sum(named.values())
    def add(self, k=1):
        return self.total + k
w = WithDefaults(1)
print(w.total, WithDefaults(1, 2, 3, x=4).total, w.add(), w.add(5))

class Bad:
    def __init__(self, n):
        return n
try:
    Bad(3)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)

class Counted:
    made = 0
    def __new__(cls, *args):
        Counted.made += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
c = Counted(5)
print(Counted.made, c.v)

class Label(str):
    def __init__(self, text):
        self.shout = text.upper()
l = Label("hi")
print(l, l.shout, isinstance(l, str))

class Tally(dict):
    def __init__(self, name):
        self.name = name
t = Tally("x")
t["a"] = 1
print(t.name, dict(t))

class Base:
    def __init__(self, v):
        self.v = v
    def describe(self, prefix):
        return prefix + str(self.v)
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def describe(self, prefix):
        return super().describe(prefix) + "/" + str(self.w)
print(Child(1, 2).describe("v="))

class Tools:
    @staticmethod
    def twice(x):
        return 2 * x
    @classmethod
    def name(cls, suffix):
        return cls.__name__ + suffix
    def __call__(self, x):
        return x + 100
tools = Tools()
print(tools.twice(4), tools.name("!"), tools(1))

class Failing:
    def __init__(self, n):
        self.n = 10 // n
try:
    Failing(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

def make_points(n):
    return [Point(i, -i) for i in range(n)]
print(make_points(3))
