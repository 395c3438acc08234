# `module.function(args)` calls a built-in module function directly: results, errors and a
# module attribute replaced by a Python function must match Python.
import math
import random
print(math.sqrt(16), math.exp(0), math.floor(-2.5), math.pow(2, 10), math.isclose(1.0, 1.0 + 1e-12))
print(round(sum(math.exp(-i / 10) * math.sin(i) for i in range(50)), 10))
for bad in [-1, "x"]:
    try:
        math.sqrt(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
original = math.sqrt
math.sqrt = lambda x: ("patched", x)
print(math.sqrt(9))
math.sqrt = original
print(math.sqrt(9))
m = math
print(m.hypot(3, 4), m.gcd(12, 18), m.factorial(5))
random.seed(3)
print(random.randint(1, 100), round(random.random(), 6), random.choice([10, 20, 30]))
def inside():
    return math.ceil(2.1) + math.trunc(-2.9)
print(inside())
try:
    math.notthere(1)
except AttributeError as e:
    print("AttributeError", e)
