a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(None is None, a is not c)
x = None
print(x is None, x is not None)
