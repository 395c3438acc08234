# Error case: value unpack too many
print("demonstrating: value unpack too many")
a, b = 1, 2, 3
