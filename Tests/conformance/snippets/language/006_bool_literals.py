print(True + True, True * 10, False - 1)
print(int(True), float(False))
print(True == 1, False == 0)
print(type(True).__name__)
