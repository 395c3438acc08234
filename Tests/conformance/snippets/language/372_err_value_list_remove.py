# Error case: value list remove
print("demonstrating: value list remove")
xs = [1, 2]
xs.remove(5)
