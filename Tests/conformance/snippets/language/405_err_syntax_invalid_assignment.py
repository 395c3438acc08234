# Error case: syntax invalid assignment
print("demonstrating: syntax invalid assignment")
x = 1
1 = x
