class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.141592653589793 * self.r ** 2, 3)
print(Circle(2).area())
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
