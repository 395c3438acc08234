# Error case: syntax return outside
print("demonstrating: syntax return outside")
print("a")
return 5
