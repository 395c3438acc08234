# Closures with nonlocal state, higher-order functions, map/filter with lambdas.
def make_counter(step):
    count = 0
    def bump():
        nonlocal count
        count += step
        return count
    return bump

def compose(f, g):
    return lambda x: f(g(x))

def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]

counters = [make_counter(s) for s in range(1, 6)]
total = 0
for _ in range(80000):
    for c in counters:
        total += c()
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
adders = make_adders(10)
acc = 0
for i in range(80000):
    acc += inc_then_double(i) + adders[i % 10](i)
evens = list(filter(lambda v: v % 2 == 0, map(lambda v: v * 3, range(200000))))
print(total, acc, len(evens), sum(evens))
