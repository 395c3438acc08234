# builtin len
print(len("hello"), len([1, 2, 3]), len((1,)), len({"a": 1, "b": 2}), len({1, 2}), len(range(10)))
print(len(""), len([]), len(range(5, 0, -1)))
