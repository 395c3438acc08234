xs = [0.1, 0.7, 0.2]
best = max(range(len(xs)), key=lambda i: xs[i])
print(best, xs[best])
print(max(enumerate(xs), key=lambda t: t[1]))
