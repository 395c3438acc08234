# Error case: type unhashable list key
print("demonstrating: type unhashable list key")
d = {}
d[[1, 2]] = "value"
