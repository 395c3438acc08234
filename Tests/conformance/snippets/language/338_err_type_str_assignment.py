# Error case: type str assignment
print("demonstrating: type str assignment")
s = "hello"
s[0] = "H"
