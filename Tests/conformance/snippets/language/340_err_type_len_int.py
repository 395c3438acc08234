# Error case: type len int
print("demonstrating: type len int")
print(len(10))
