s = {3, 1, 2}
s.add(5)
s.add(1)
print(sorted(s), len(s))
s.discard(10)
s.remove(3)
print(sorted(s))
print(sorted(set([1, 1, 2, 2, 3])), set() == set([]))
