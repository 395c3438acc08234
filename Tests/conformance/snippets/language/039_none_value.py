x = None
print(x, type(x).__name__, x is None)
def f():
    pass
print(f())
print(repr(None), str(None))
