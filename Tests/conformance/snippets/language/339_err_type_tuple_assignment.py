# Error case: type tuple assignment
print("demonstrating: type tuple assignment")
t = (1, 2, 3)
t[0] = 10
