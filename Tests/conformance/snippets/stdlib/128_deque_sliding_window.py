from collections import deque
def moving_average(xs, k):
    window = deque(maxlen=k)
    out = []
    for x in xs:
        window.append(x)
        out.append(round(sum(window) / len(window), 3))
    return out
print(moving_average([1, 2, 3, 4, 5, 6], 3))
def window_max(xs, k):
    dq = deque()
    result = []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            result.append(xs[dq[0]])
    return result
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
history = deque(["a", "b"], maxlen=2)
history.append("c")
print(history, history.maxlen, list(history))
