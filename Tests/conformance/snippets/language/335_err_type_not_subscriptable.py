# Error case: type not subscriptable
print("demonstrating: type not subscriptable")
n = 42
print(n[0])
