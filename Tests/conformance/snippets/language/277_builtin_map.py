print(list(map(str, [1, 2, 3])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(map(int, "1 2 3".split())))
print(sum(map(len, ["ab", "cde"])))
