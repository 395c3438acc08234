a = [1, 2, 3]
b = "xy"
print(list(zip(a, b)))
print(len(list(zip(range(100), range(5)))))
