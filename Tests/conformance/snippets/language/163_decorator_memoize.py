def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memoize
def ways(n):
    if n <= 1:
        return 1
    return ways(n - 1) + ways(n - 2)
print(ways(50))
