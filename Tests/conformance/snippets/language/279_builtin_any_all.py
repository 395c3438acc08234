print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]))
print(any(x > 3 for x in [1, 2, 5]), all(isinstance(x, int) for x in [1, 2, 3]))
print(all("abc"), any(["", None]))
