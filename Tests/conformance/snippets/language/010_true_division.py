print(7 / 2, -7 / 2)
print(6 / 3, type(6 / 3).__name__)
print(1 / 3)
print(10 / 4, 2 / 8)
