from dataclasses import dataclass, field
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, r.area)
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
print(Child(1), Child(1, 5, 6))
@dataclass(repr=False, eq=False)
class Plain:
    v: int
p = Plain(1)
print(p == Plain(1), p.v, type(p).__name__)
@dataclass
class WithMethods:
    xs: list
    def total(self):
        return sum(self.xs)
    @property
    def size(self):
        return len(self.xs)
w = WithMethods([1, 2, 3])
print(w, w.total(), w.size)
