def count():
    i = 0
    while True:
        yield i
        i += 1
g = (x * x for x in count() if x % 2)
print(next(g), next(g), next(g))
print(sum(x for x in range(10)))
print(list((a, b) for a in range(3) for b in range(a)))
print(next(x for x in [1, 2, 3] if x > 1))
it = (1 / x for x in [1, 0, 2])
print(next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(it))
ys = [1, 2]
g = (y for y in ys)
ys.append(3)
print(list(g))
print(max(len(w) for w in "a bb ccc".split()))
print(dict((k, v) for k, v in zip("ab", [1, 2])))
print(any(x > 2 for x in range(5)), all(x < 2 for x in range(5)))
print(sorted(x for x in {3, 1, 2}))
def f(n):
    return list(i * n for i in range(n))
print(f(3), f(2))
