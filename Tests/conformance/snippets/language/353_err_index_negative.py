# Error case: index negative
print("demonstrating: index negative")
xs = [1, 2, 3]
print(xs[-4])
