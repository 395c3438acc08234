def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from itertools import starmap, pairwise
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(starmap(lambda a, b: a * b, zip([1, 2], [3, 4]))))
print(list(pairwise("abcde")), list(pairwise([1])), list(pairwise([])))
xs = [1, 4, 9, 16]
print([b - a for a, b in pairwise(xs)])
show(lambda: pairwise(3))
