import random
random.seed(0)
print([random.randint(0, 9) for _ in range(12)])
random.seed(2024)
print(random.random(), random.choice("abcdef"))
