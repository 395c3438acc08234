# Error case: type format spec
print("demonstrating: type format spec")
value = "abc"
print(f"{value:.2f}")
