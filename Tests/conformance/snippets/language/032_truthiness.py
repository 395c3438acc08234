values = [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), {}, {"a": 1}, None, set()]
for v in values:
    print(repr(v), bool(v))
