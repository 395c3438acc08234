square = lambda x: x * x
add = lambda a, b=1: a + b
print(square(7), add(2), add(2, 3))
print((lambda: "no args")())
print(sorted([3, -1, 2], key=lambda v: abs(v)))
