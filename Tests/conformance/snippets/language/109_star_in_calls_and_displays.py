a = [1, 2]
b = (3, 4)
print(*a, *b)
print([*a, *b, 5])
print((*a, 0))
d1 = {"x": 1}
d2 = {"y": 2, "x": 9}
print({**d1, **d2})
print({*a, *b} == {1, 2, 3, 4})
