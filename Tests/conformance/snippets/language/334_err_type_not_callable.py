# Error case: type not callable
print("demonstrating: type not callable")
x = 5
x()
