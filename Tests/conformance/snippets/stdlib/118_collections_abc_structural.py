from collections.abc import Iterable, Sized, Callable, Iterator, Container
class Bag:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def __call__(self):
        return self.n
b = Bag([1, 2])
print(isinstance(b, Iterable), isinstance(b, Sized), isinstance(b, Iterator), isinstance(b, Callable), isinstance(b, Container))
c = Counter()
print(isinstance(c, Iterator), isinstance(c, Callable), list(c))
def flatten(x):
    for item in x:
        if isinstance(item, Iterable) and not isinstance(item, str):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4])], "ab", Bag([5])])))
