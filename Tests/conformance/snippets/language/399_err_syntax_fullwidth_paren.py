# Error case: syntax fullwidth paren
print("demonstrating: syntax fullwidth paren")
print（"hello"）
