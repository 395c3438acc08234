# Chaos game: random affine maps on points, floats and a pixel grid of lists.
import random
random.seed(1234)
maps = [(0.5, 0.0, 0.0, 0.5, 0.0, 0.0), (0.5, 0.0, 0.0, 0.5, 0.5, 0.0), (0.5, 0.0, 0.0, 0.5, 0.25, 0.5)]
size = 128
grid = [[0] * size for _ in range(size)]
x, y = 0.1, 0.1
for step in range(120000):
    a, b, c, d, e, f = maps[random.randrange(3)]
    x, y = a * x + b * y + e, c * x + d * y + f
    if step > 20:
        grid[int(y * (size - 1))][int(x * (size - 1))] += 1
print(sum(1 for row in grid for v in row if v), max(max(row) for row in grid))
