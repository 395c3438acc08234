from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), Point(y=5, x=1), p.x, p.y)
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
p.x = 10
print(p, Point.__hash__)
@dataclass
class Config:
    name: str
    layers: list = field(default_factory=list)
    lr: float = 0.01
a, b = Config("a"), Config("b")
a.layers.append(64)
print(a, b)
print(Config("c", [1], lr=0.1))
