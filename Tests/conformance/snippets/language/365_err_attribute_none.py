# Error case: attribute none
print("demonstrating: attribute none")
x = None
x.append(1)
