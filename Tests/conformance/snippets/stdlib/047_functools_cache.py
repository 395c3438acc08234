from functools import cache
@cache
def ways(n):
    if n <= 1:
        return 1
    return ways(n - 1) + ways(n - 2)
print(ways(50), ways.cache_info())
@cache
def f(x, y):
    print("computing", x, y)
    return x + y
print(f(1, 2), f(1, 2), f(2, 1))
print(f.cache_info().hits, f.cache_info().misses, f.cache_info().currsize)
print(f.cache_parameters())
