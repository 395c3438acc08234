class Shape:
    @classmethod
    def create(cls):
        return cls()
    def name(self):
        return type(self).__name__
class Square(Shape):
    pass
print(Square.create().name(), Shape.create().name())
