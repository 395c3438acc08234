class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
print(Money(150) + Money(275), Money(100) + 5, 5 + Money(100))
print(sum([Money(10), Money(20), Money(30)]))
