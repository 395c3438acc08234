# Error case: zero division mod
print("demonstrating: zero division mod")
print(5 % 0)
