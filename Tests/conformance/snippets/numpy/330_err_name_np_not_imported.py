# Error case: name np not imported
print("demonstrating: name np not imported")
a = np.zeros(3)
