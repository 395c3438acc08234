a = [1, [2, 3]]
b = a
c = a.copy()
d = a[:]
a.append(4)
a[1].append(99)
print(a, b, c, d)
print(b is a, c is a, c[1] is a[1])
