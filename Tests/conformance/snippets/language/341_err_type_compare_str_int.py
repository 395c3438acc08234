# Error case: type compare str int
print("demonstrating: type compare str int")
print(sorted([3, "two", 1]))
