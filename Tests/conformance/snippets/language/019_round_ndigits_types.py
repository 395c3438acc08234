print(round(12345, -2), round(15, -1), round(25, -1))
print(round(0.125, 2), round(0.375, 2))
print(type(round(2.5, 0)).__name__, round(2.5, 0))
