# Error case: value float parse
print("demonstrating: value float parse")
print(float("3.14"))
print(float("3,14"))
