class ModelError(Exception):
    pass
class ShapeError(ModelError):
    def __init__(self, expected, got):
        super().__init__(f"expected {expected}, got {got}")
        self.expected = expected
        self.got = got
try:
    raise ShapeError((2, 3), (3, 2))
except ModelError as e:
    print(type(e).__name__, e, e.expected, e.got)
print(isinstance(ShapeError(1, 2), Exception))
