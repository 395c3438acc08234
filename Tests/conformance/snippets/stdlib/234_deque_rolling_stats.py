from collections import deque
window = deque(maxlen=3)
means = []
for x in [4, 8, 15, 16, 23, 42]:
    window.append(x)
    means.append(round(sum(window) / len(window), 2))
print(means, window, window.maxlen)
d = deque('abcde')
d.rotate(2)
print(d, d.popleft(), d.pop(), d)
d.extendleft('xy')
print(d, d.index('a'), d.count('x'), list(reversed(d)), d[0], d[-1])
d.remove('x')
d.appendleft('z')
print(d, len(d), 'c' in d, d.copy() == d)
