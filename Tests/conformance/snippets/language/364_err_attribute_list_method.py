# Error case: attribute list method
print("demonstrating: attribute list method")
xs = [1, 2]
xs.add(3)
