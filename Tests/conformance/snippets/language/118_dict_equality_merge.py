a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a is b)
c = a | {"z": 3}
print(c)
a |= {"x": 0}
print(a)
