# Error case: zero division int
print("demonstrating: zero division int")
print(10 / 2)
print(10 / 0)
