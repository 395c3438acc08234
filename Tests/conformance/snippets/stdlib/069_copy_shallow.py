import copy
a = [[1, 2], [3]]
b = copy.copy(a)
b[0].append(99)
b.append("new")
print(a, b, a[0] is b[0], a is b)
d = {"k": [1]}
e = copy.copy(d)
e["k"].append(2); e["z"] = 0
print(d, e)
print(copy.copy(5), copy.copy("s"), copy.copy((1, 2)), copy.copy(None))
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)
class Box:
    def __init__(self, items):
        self.items = items
x = Box([1])
y = copy.copy(x)
y.items.append(2)
print(x.items, y.items, x is y, type(y).__name__)
