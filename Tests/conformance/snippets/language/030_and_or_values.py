print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", [] or None, "x" and "y")
print(None or 0 or "last")
print(1 and 0 and 3)
