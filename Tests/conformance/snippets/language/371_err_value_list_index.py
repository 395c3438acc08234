# Error case: value list index
print("demonstrating: value list index")
[1, 2, 3].index(10)
