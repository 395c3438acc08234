import random
random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print([random.randint(0, 100) for _ in range(5)])
print(random.randrange(10), random.randrange(0, 100, 5))
