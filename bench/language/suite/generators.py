# Generator pipelines: a data loader's shape (batches from a generator, chained stages).
def numbers(n):
    for i in range(n):
        yield i

def squares(it):
    for x in it:
        yield x * x

def batched(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

total = 0
for batch in batched(squares(numbers(300000)), 32):
    total += sum(batch) % 1000
f = fib()
first = [next(f) for _ in range(60)]
evens = sum(x for x in numbers(300000) if x % 3 == 0)
print(total, first[-1] % 1000003, evens)
