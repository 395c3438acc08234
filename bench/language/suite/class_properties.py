# Classes with properties, inheritance, super() and method overriding over a list of shapes.
import math

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @property
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name}:{self.area:.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w = w
        self._h = h
    @property
    def area(self):
        return self._w * self._h
    @property
    def width(self):
        return self._w
    @width.setter
    def width(self, v):
        self._w = v

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    @property
    def area(self):
        return math.pi * self.r * self.r

shapes = []
for i in range(60000):
    k = i % 3
    shapes.append(Rect(i % 7 + 1, i % 5 + 1) if k == 0 else Square(i % 9 + 1) if k == 1 else Circle(i % 4 + 1))
total = 0.0
for s in shapes:
    total += s.area
for s in shapes[::3]:
    s.width = s.width + 1
desc = [s.describe() for s in shapes[:2000]]
print(round(total, 6), round(sum(s.area for s in shapes), 6), Shape.count, len("".join(desc)))
