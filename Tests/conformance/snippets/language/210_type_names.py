# type names
for v in [1, 1.0, "a", [], (), {}, set(), None, True, range(1), lambda: 0]:
    print(type(v).__name__)
