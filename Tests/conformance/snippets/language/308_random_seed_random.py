import random
random.seed(42)
print(random.random())
print(random.random())
print([round(random.random(), 12) for _ in range(3)])
