# Error case: index string
print("demonstrating: index string")
s = "abc"
print(s[5])
