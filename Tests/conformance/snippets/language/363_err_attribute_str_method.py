# Error case: attribute str method
print("demonstrating: attribute str method")
"hello".push("x")
