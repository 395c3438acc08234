from collections.abc import Mapping, MutableSequence, Iterable, Sized, Callable
class Config(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
c = Config(lr=0.1, epochs=3)
print(dict(c), c.get('lr'), c.get('x', 'none'), 'epochs' in c, list(c.keys()), list(c.items()), len(c))
print(isinstance(c, Mapping), isinstance([], MutableSequence), isinstance('abc', Iterable), isinstance(3, Sized), isinstance(len, Callable))
print(c == {'lr': 0.1, 'epochs': 3}, sorted(c.values()))
