# Function bodies compiled to their return value: guards, final returns, falling off the end,
# returns inside loops, try/finally and with, generators and lambdas keep Python's results.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(12)], fib(2.0), fib(True), fib(-3))

def sign(x):
    if x < 0:
        return -1
    if x == 0:
        return
    if x > 100:
        return "big"
    return 1
print([sign(v) for v in (-5, 0, 3, 101, 2.5, -0.5)])

def nothing(x):
    x += 1
print(nothing(1))

def first_even(items):
    for i in items:
        if i % 2 == 0:
            return i
    return None
print(first_even([1, 3, 4, 6]), first_even([1, 3]))

def with_finally(x):
    try:
        if x < 1:
            return "small"
        return "large"
    finally:
        print("finally", x)
print(with_finally(0), with_finally(5))

def overridden():
    try:
        return 1
    finally:
        return 2
print(overridden())

def guard_on_none(x):
    if x < 2:
        return x
    return 0
try:
    guard_on_none(None)
except TypeError as e:
    print("TypeError", e)

def unbound_guard():
    if y < 2:
        return 1
    y = 3
    return y
try:
    unbound_guard()
except UnboundLocalError:
    print("UnboundLocalError")

def gen(n):
    if n < 1:
        return "empty"
    yield n
    return "done"
g = gen(0)
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(gen(3)))

square = lambda v: v * v
print(square(7), (lambda: None)())

def outer(k):
    def inner(m):
        if m < k:
            return m
        return k
    return [inner(i) for i in range(5)]
print(outer(3))
