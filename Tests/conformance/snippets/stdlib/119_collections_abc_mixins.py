from collections.abc import Mapping, MutableMapping, Sequence
class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
s = Squares(5)
print(list(s), 9 in s, 10 in s, s.index(16), s.count(4), list(reversed(s)), len(s), isinstance(s, Sequence))
class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry()
r["Adam"] = 1
r.update({"SGD": 2}, RMSprop=3)
print(r["adam"], "sgd" in r, r.get("x", 0), sorted(r.keys()), sorted(r.values()), len(r))
print(r.pop("sgd"), r.setdefault("new", 9), sorted(r.items()), isinstance(r, Mapping))
class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
f = Frozen(a=1, b=2)
print(dict(f), f == {"a": 1, "b": 2}, list(f.items()), "a" in f, f.get("z"))
