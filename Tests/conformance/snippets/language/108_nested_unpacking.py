(a, b), c = (1, 2), 3
print(a, b, c)
[x, (y, z)] = [10, (20, 30)]
print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
