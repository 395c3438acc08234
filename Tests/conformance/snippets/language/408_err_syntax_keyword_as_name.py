# Error case: syntax keyword as name
print("demonstrating: syntax keyword as name")
class = 3
