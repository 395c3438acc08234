# Error case: zero division float
print("demonstrating: zero division float")
print(1.5 / 0.0)
