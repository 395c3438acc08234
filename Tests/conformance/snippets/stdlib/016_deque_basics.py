def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from collections import deque
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1])
print(q.pop(), q.popleft(), q)
q.extend([7, 8])
q.extendleft([-1, -2])
print(q)
print(list(q), 7 in q, 99 in q)
print(deque(), deque("abc"), deque(range(3)))
show(lambda: deque().pop())
show(lambda: deque().popleft())
