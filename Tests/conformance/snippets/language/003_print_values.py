print(None, True, False)
print(42, -7, 3.5)
print([1, 2], (3, 4), {"k": 5})
print("quote's", 'double"')
