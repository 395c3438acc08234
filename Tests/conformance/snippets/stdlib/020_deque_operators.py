def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from collections import deque
a = deque([1, 2])
b = deque([3])
print(a + b, a * 2, 2 * b)
print(a == deque([1, 2]), a == [1, 2], a < deque([1, 3]), a >= deque([1]))
a += [9]
print(a)
show(lambda: a + [1])
show(lambda: hash(a))
c = a.copy()
c.append(0)
print(a, c)
print(list(reversed(a)), [x * 2 for x in a])
