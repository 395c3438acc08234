print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print("".join(reversed("drawer")))
print(list(reversed((1, 2))))
