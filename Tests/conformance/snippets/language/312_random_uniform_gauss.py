import random
random.seed(0)
print(random.uniform(1, 10))
print(random.uniform(-1, 1))
print(random.gauss(0, 1))
print(random.gauss(5, 2))
print(random.normalvariate(0, 1))
