# Error case: type str plus int
print("demonstrating: type str plus int")
age = 30
print("age: " + age)
