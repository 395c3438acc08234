print(int(), float(), str(), bool())
print(int(7.99), int(-0.5), int("-0"), float("1e-3"), float("inf"))
print(bool(0.0), bool("False"), bool([0]), str(12.0))
print(int(True) + int(False), float(" 3 "))
