def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from itertools import chain
print(list(chain([1, 2], (3,), "ab", range(2))))
print(list(chain()), list(chain([])))
print(list(chain.from_iterable([[1], [2, 3], []])))
print(list(chain.from_iterable(["ab", "cd"])))
it = chain([1], 5)
print(next(it))
show(lambda: next(it))
nested = [[1, 2], [3], [4, 5, 6]]
print(sum(chain.from_iterable(nested)))
