def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from itertools import permutations
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(list(permutations(range(3), 0)), list(permutations([1], 2)))
print(["".join(p) for p in permutations("cab")])
print(len(list(permutations(range(5), 3))))
show(lambda: permutations([1], -1))
