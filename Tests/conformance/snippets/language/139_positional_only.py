def pos(a, b, /, c):
    return a + b + c
print(pos(1, 2, 3), pos(1, 2, c=3))
