def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(step=-1), 3)))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(None, 0)), list(islice(repeat(7), 2)))
print(list(map(pow, range(4), repeat(2))))
show(lambda: count("a"))
show(lambda: cycle(5))
show(lambda: repeat(1, "a"))
for i, c in zip(count(1), "xyz"):
    print(i, c)
