# Error case: syntax missing expression
print("demonstrating: syntax missing expression")
x = 1 +
