import random
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice('abc'), random.uniform(1, 2))
print(random.sample(range(10), 3), random.randrange(0, 100, 5), random.getrandbits(8))
xs = list(range(8))
random.shuffle(xs)
print(xs, round(random.gauss(0, 1), 6), round(random.normalvariate(5, 2), 6))
random.seed(7)
print([round(random.random(), 4) for _ in range(3)])
