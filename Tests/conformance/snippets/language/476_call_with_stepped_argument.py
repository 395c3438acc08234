# `f(n - 1)` computes its int argument inside the call: floats, bools, the int range's ends, an unbound
# local, callees that are not plain functions, and a callee rebound while the call runs.
def down(n):
    if n <= 0:
        return [n]
    return [n] + down(n - 1)

def twice(n):
    return down(n * 2)

for v in [3, 0, -2, 2.5, True, False]:
    print(v, down(v), twice(v) if v is not True else "-")

def edge(n):
    return str(n + 1)
print(edge(9223372036854775806), edge(-9223372036854775807))

def calls(n):
    results = [abs(n - 10), float(n // 2), str(n % 3), list(range(n - 1))]
    return results
print(calls(5))

class Box:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Box({self.n})"
def make(n):
    return Box(n + 1)
print(make(1), make(-1))

def unbound():
    if False:
        k = 1
    return down(k - 1)
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)

def counter(n):
    global counter
    original = counter
    counter = lambda m: ("replaced", m)
    try:
        return original(n - 1) if n > 0 else "done"
    finally:
        counter = original
print(counter(2))

def keywords(n, step=1):
    return n - step
print(keywords(5 - 1), keywords(5 + 1, step=2))
