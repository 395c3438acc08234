# Error case: syntax unexpected indent
print("demonstrating: syntax unexpected indent")
x = 1
    y = 2
