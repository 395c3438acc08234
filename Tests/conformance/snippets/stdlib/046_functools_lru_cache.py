from functools import lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for x in [1, 2, 1, 3, 1, 2]:
    sq(x)
print(calls, sq.cache_info())
@lru_cache
def add(a, b=0):
    return a + b
print(add(1), add(1), add(1, b=2), add.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)
