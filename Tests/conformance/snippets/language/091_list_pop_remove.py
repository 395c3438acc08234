a = [10, 20, 30, 40, 30]
print(a.pop(), a)
print(a.pop(0), a)
a.remove(30)
print(a)
a.clear()
print(a, len(a))
