# deque used from both ends at once, with and without maxlen: the results and the
# order of the items are CPython's at every step.
from collections import deque
d = deque()
for i in range(1000):
    d.append(i)
    if i % 3 == 0:
        d.appendleft(-i)
    if i % 2 == 0:
        d.popleft()
print(len(d), d[0], d[-1], d[len(d) // 2], sum(d))
while len(d) > 5:
    d.popleft()
    if len(d) > 5:
        d.pop()
print(d, list(reversed(d)), 3 in d, d.index(d[2]))
b = deque(range(10), maxlen=4)
b.appendleft(100)
b.append(200)
b.extendleft([7, 8])
print(b, len(b), b.maxlen, list(b))
q = deque([1, 2, 3])
out = []
while q:
    x = q.popleft()
    out.append(x)
    if x < 50:
        q.append(x * 2)
        q.append(x * 2 + 1)
print(len(out), out[:10], out[-3:])
q = deque()
for i in range(200):
    q.appendleft(i)
    q.append(-i)
for _ in range(150):
    q.popleft()
q.rotate(7)
print(q[0], q[-1], len(q), q == deque(list(q)), q.count(-5))
q.clear()
print(q, bool(q))
try:
    q.popleft()
except IndexError as e:
    print('IndexError', e)
