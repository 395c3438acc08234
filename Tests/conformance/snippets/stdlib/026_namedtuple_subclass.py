from collections import namedtuple
class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, v.norm2(), v + Vec(1, 1), isinstance(v, tuple))
print(Vec._fields, v._replace(x=0))
