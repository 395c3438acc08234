class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
a, b = Card(10, "h"), Card(10, "h")
print(a == b, a is b, a != b)
print(len({a, b}), {a: 1}[b])
