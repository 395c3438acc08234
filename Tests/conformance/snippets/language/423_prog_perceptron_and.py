import random
random.seed(1)
data = [((0, 0), 0), ((0, 1), 0), ((1, 0), 0), ((1, 1), 1)]
w = [random.uniform(-1, 1), random.uniform(-1, 1)]
b = 0.0
for epoch in range(20):
    errors = 0
    for (x1, x2), t in data:
        y = 1 if w[0] * x1 + w[1] * x2 + b > 0 else 0
        err = t - y
        errors += abs(err)
        w[0] += 0.1 * err * x1
        w[1] += 0.1 * err * x2
        b += 0.1 * err
    if errors == 0:
        print("converged at epoch", epoch)
        break
print([1 if w[0] * a + w[1] * c + b > 0 else 0 for (a, c), _ in data])
