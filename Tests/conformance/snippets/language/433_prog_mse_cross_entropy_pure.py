import math
y = [1.0, 0.0, 1.0]
p = [0.9, 0.2, 0.6]
mse = sum((a - b) ** 2 for a, b in zip(y, p)) / len(y)
bce = -sum(a * math.log(b) + (1 - a) * math.log(1 - b) for a, b in zip(y, p)) / len(y)
print(round(mse, 6), round(bce, 6))
