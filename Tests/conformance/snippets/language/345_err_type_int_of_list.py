# Error case: type int of list
print("demonstrating: type int of list")
print(int([1, 2]))
