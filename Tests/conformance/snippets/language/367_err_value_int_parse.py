# Error case: value int parse
print("demonstrating: value int parse")
print(int("42"))
print(int("forty-two"))
