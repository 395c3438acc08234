# Error case: index assignment
print("demonstrating: index assignment")
xs = [0] * 3
xs[3] = 1
