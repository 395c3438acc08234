x = 5
del x
lst = [0, 1, 2, 3, 4]
del lst[1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
print("x" in dir())
