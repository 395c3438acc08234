# Error case: type unsupported minus
print("demonstrating: type unsupported minus")
print({"a": 1} - {"b": 2})
