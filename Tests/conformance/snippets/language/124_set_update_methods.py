s = {1, 2}
s.update([3, 4])
s |= {5}
s &= {1, 3, 5, 7}
print(sorted(s))
s -= {1}
print(sorted(s), s.pop() in {3, 5})
print(sorted(frozenset([2, 1])), frozenset({1}) == {1})
