# Error case: type int plus str
print("demonstrating: type int plus str")
total = 5 + "5"
