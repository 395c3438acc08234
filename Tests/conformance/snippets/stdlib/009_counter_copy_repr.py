from collections import Counter
c = Counter("hello")
d = c.copy()
d["h"] += 5
print(c, d, type(d).__name__)
class Tally(Counter):
    pass
t = Tally("aab")
print(t, type(t.copy()).__name__)
print(repr(Counter({"b": 1, "a": 1})))
print(str(Counter(x=2)))
print(dict(Counter("aab")), list(Counter("cab")))
