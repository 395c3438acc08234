a = list(range(8))
a[2:4] = ["a", "b", "c"]
print(a)
a[::2] = [0] * 5
print(a)
a[1:] = []
print(a)
b = [1, 2, 3]
b[1:1] = [10, 20]
print(b)
