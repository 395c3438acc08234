class P:
    pass
p = P()
p.a, p.b = 1, 2
del p.a
print(hasattr(p, "a"), p.b)
x = y = 1
del x, y
print("x" in dir(), "y" in dir())
