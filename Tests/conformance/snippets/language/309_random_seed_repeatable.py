import random
random.seed(123)
a = [random.random() for _ in range(5)]
random.seed(123)
b = [random.random() for _ in range(5)]
print(a == b)
print(a[0], a[4])
