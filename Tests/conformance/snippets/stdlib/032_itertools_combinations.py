def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from itertools import combinations, combinations_with_replacement
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1, 2], 3)), list(combinations([1, 2], 0)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([1], 0)))
show(lambda: combinations([1], -2))
pairs = [(a, b) for a, b in combinations([3, 1, 4, 1], 2) if a + b == 5]
print(pairs)
