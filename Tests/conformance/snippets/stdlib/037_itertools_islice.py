def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from itertools import islice, count
print(list(islice("abcdefg", 3)))
print(list(islice("abcdefg", 2, 5)))
print(list(islice("abcdefg", 1, None, 2)))
print(list(islice("abcdefg", None)), list(islice([], 3)))
print(list(islice(count(), 0, 20, 7)))
show(lambda: islice([1], -1))
show(lambda: islice([1], 0, 1, 0))
show(lambda: islice([1], "a"))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
