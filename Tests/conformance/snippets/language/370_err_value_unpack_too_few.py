# Error case: value unpack too few
print("demonstrating: value unpack too few")
a, b, c = [1, 2]
