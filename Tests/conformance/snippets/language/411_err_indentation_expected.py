# Error case: indentation expected
print("demonstrating: indentation expected")
for i in range(3):
print(i)
