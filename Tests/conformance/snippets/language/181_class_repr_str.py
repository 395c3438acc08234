class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, 2)
print(p)
print(repr(p), str(p))
print([p, Point(3, 4)])
print(f"{p} {p!r}")
