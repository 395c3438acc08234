def f(a, b=1):
    "doc here"
    return a
print(f.__name__, f.__doc__)
f.custom = 42
print(f.custom)
print(type(f).__name__)
