# Error case: type lt unorderable
print("demonstrating: type lt unorderable")
print([1] < 5)
