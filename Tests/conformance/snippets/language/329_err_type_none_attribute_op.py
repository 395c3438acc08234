# Error case: type none attribute op
print("demonstrating: type none attribute op")
result = None
print(result + 1)
