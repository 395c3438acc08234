class Thing:
    pass
a = Thing()
b = Thing()
print(a == b, a == a, a != b)
print(a in [b], a in [a])
