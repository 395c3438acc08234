# Error case: runtime error
print("demonstrating: runtime error")
raise RuntimeError("something went wrong")
