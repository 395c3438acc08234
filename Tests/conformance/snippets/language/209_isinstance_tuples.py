values = [1, 2.5, "s", [1], (1,), {"a": 1}, None, True]
for v in values:
    print(repr(v), isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, int))
