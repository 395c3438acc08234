print(abs(-5), abs(5.5), abs(-0.0), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(0.1 + 0.2, 1))
print(round(1.23456, 4), round(-1.5), round(1e16 + 0.5))
