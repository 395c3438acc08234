print(int(3.9), int(-3.9), int("42"), int(" -17 "))
print(float(3), float("3.25"), int("ff", 16), int("0b101", 2))
print(int("z", 36), int("1010", 2))
print(float(10 ** 15))
