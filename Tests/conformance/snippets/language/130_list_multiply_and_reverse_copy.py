a = [1, 2, 3]
r = a[::-1]
print(a, r, list(reversed(a)))
print([0] * 4, ["ab"] * 2)
