print(list("abc"), list(range(3)), list((1, 2)), list({"a": 1}))
print(tuple([1, 2]), tuple("hi"), dict([(1, 2), (3, 4)]), dict(a=1))
print(sorted(set("banana")), list(set()), set())
