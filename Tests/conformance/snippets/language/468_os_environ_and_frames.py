import os
# os.environ is a mapping of strings
print(isinstance(os.environ, dict) or hasattr(os.environ, "get"), os.environ.get("CELLGRAD_NO_SUCH_VAR", "unset"))
print(os.getenv("CELLGRAD_NO_SUCH_VAR") is None)

# Frames are reused between calls: locals must not leak from one call into the next.
def f(a, b=2):
    if a:
        x = a + b
        return x
    return locals_seen()

def locals_seen():
    return "fresh"

print(f(1), f(0), f(3, 4))

def g(n):
    try:
        return x_unbound_here if n else 0
    finally:
        pass
try:
    g(1)
except NameError as e:
    print("NameError", e)

def rec(n, acc):
    if n == 0:
        return acc
    return rec(n - 1, acc + [n])
print(rec(5, []))

def make(k):
    def inner(v):
        return v * k
    return inner
fs = [make(i) for i in range(3)]
print([h(10) for h in fs])

def gen_user(n):
    def square(x):
        return x * x
    return [square(i) for i in range(n)]
print(gen_user(4), gen_user(2))

def uses_unbound(flag):
    if flag:
        y = 1
    return y
print(uses_unbound(True))
try:
    uses_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
