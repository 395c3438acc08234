# Error case: type not iterable
print("demonstrating: type not iterable")
for ch in 123:
    print(ch)
