class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __contains__(self, x):
        return x in self.items
    def __bool__(self):
        return len(self.items) > 0
print(3 in Bag(1, 2, 3), 9 in Bag(1))
print(bool(Bag()), bool(Bag(0)))
if not Bag():
    print("empty bag is falsy")
