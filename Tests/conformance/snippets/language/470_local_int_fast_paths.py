# Fast paths for a local with an int constant (n - 1, i % 8, n < 2) fall back exactly
# as the general operators do: floats, bools, negative operands, unbound locals, strs.
def f(x):
    return (x + 1, x - 1, x * 3, x % 8, x // 8, x < 2, x >= 2)
for v in [0, 7, -7, -8, -9, 9, 2.5, -2.5, True]:
    print(f(v))
def g(x):
    r = []
    if x < 2: r.append("lt")
    if x <= 2: r.append("le")
    if x > 2: r.append("gt")
    if x >= 2: r.append("ge")
    if x == 2: r.append("eq")
    if x != 2: r.append("ne")
    return r
for v in [1, 2, 3, 2.0, 1.5, True]:
    print(g(v))
def h():
    try:
        y = y + 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
h()
def big(x):
    try:
        return x * 3
    except OverflowError as e:
        return "overflow"
print(big(2**40))
print([i % 8 for i in range(-10, 3)], [i // 8 for i in range(-10, 3)])
def s(x):
    return x + 1
try:
    s("a")
except TypeError as e:
    print("TypeError", e)
def k(n):
    return n + 2 + n
print(k(5), k(2.5))
