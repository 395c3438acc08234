a = [1, 2, 3]
b = list(a)
print(a == b, a is b)
b[0] = 0
print(a, b, a != b)
print([1, [2]] == [1, [2]])
