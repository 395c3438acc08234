a = list(range(10))
print(a[2:7], a[::3], a[::-1], a[-3:], a[7:2:-2])
print(a[:0], a[100:])
