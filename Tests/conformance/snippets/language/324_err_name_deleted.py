x = 5
del x
print(x)
