# Error case: syntax fullwidth colon
print("demonstrating: syntax fullwidth colon")
for i in range(3)：
    print(i)
