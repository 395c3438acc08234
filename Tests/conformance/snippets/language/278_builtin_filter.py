print(list(filter(lambda x: x % 3 == 0, range(10))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(str.isupper, "aBcDE")))
