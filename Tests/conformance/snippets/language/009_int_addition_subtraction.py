a = 17
b = 5
print(a + b, a - b, b - a)
print(a * b, -a * b)
print(a + b * 2, (a + b) * 2)
