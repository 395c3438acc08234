import random
random.seed(3)
weights = [[round(random.gauss(0, 0.1), 6) for _ in range(3)] for _ in range(2)]
for row in weights:
    print(row)
print(round(random.uniform(0, 1), 10))
