a = 7
b = 0
print(a // b)
