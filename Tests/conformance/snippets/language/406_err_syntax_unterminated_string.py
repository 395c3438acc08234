# Error case: syntax unterminated string
print("demonstrating: syntax unterminated string")
print("never printed")
s = "abc
