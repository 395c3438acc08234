from typing import NamedTuple, TypedDict, List
class Point(NamedTuple):
    x: int
    y: float = 0.0
p = Point(1)
print(p, p.x, p.y, p._fields, Point._field_defaults, p._asdict(), p._replace(y=2.5))
print(isinstance(p, tuple), p == (1, 0.0), Point(3, 4) > Point(3, 2))
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__annotations__)
class Batch(NamedTuple):
    inputs: List[int]
    label: int
print(Batch([1, 2], 0))
