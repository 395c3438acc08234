# Generators handing control back and forth many times: interleaved with zip, nested three
# deep, abandoned half-way, fed with send(), closed and raising inside.
def count(n, step=1):
    for i in range(n):
        yield i * step

def scaled(source, k):
    for v in source:
        yield v * k

def running(source):
    total = 0
    for v in source:
        total += v
        yield total

print(sum(a * b for a, b in zip(count(5000), count(5000, 2))))
print(list(running(scaled(count(10), 3))))
print(sum(running(scaled(count(3000), 2))))

abandoned = 0
for trial in range(200):
    for v in count(1000):
        if v == trial % 7:
            abandoned += v
            break
print("abandoned", abandoned)

def accumulator():
    total = 0
    while True:
        got = yield total
        if got is None:
            return total
        total += got
acc = accumulator()
next(acc)
for i in range(1000):
    last = acc.send(i)
print("sent", last)
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

def guarded():
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup ran")
g = guarded()
print(next(g), next(g))
g.close()

def failing():
    yield 1
    raise ValueError("inside the generator")
try:
    for v in failing():
        print("got", v)
except ValueError as e:
    print("ValueError", e)
print(max(count(10000)), min(scaled(count(100), -1)), sorted(count(5, 3), reverse=True))
