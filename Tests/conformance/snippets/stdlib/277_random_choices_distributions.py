import random
random.seed(3)
print(random.choices('abc', k=5), random.choices([1, 2, 3], weights=[5, 1, 1], k=4), random.choices('xy', cum_weights=[1, 3], k=3))
print(random.expovariate(2), random.triangular(0, 10, 2), random.triangular(), random.lognormvariate(0, 1))
random.seed(0)
classes = ['cat', 'dog', 'bird']
sample = random.choices(classes, weights=[0.7, 0.2, 0.1], k=1000)
print({c: sample.count(c) for c in classes})
for bad in [lambda: random.choices([], k=1), lambda: random.choices('ab', weights=[1], k=1), lambda: random.choices('ab', weights=[0, 0]), lambda: random.choices('ab', [1, 1], cum_weights=[1, 2])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
