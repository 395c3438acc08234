from collections import Counter
c = Counter(a=2, b=0, c=-1, d=3)
print(sorted(c.elements()))
print(list(Counter("aba").elements()))
print(c.total(), Counter().total())
print(sum(Counter("hello").values()))
