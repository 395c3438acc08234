def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from collections import deque
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), sum(window))
print(window, window.maxlen, deque().maxlen)
window.appendleft(-1)
print(window)
window.extend([10, 11])
print(window)
show(lambda: deque(maxlen=-1))
show(lambda: window.insert(0, 5))
z = deque(maxlen=0)
z.append(1)
print(z)
