# Error case: type list plus tuple
print("demonstrating: type list plus tuple")
print([1, 2] + (3, 4))
