class Temperature:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"
print(Temperature.c_to_f(100), Temperature(0).c_to_f(37))
t = Temperature.from_f(212)
print(t.deg, type(t).__name__, Temperature.describe())
