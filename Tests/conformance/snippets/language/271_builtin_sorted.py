data = [5, 3, 8, 1]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("hello"), sorted({"b": 1, "a": 2}))
print(sorted(["b", "A", "c"], key=str.lower))
print(sorted([(2, "b"), (1, "z"), (2, "a")], key=lambda t: t[0]))
