class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.c + other.c)
        return NotImplemented
try:
    Money(1) + "x"
except TypeError as e:
    print(e)
try:
    "x" + Money(1)
except TypeError as e:
    print(e)
