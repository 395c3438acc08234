import pickle
for v in [1, 300, 70000, -5, 2 ** 40, -2 ** 40, 1.5, None, True, False, 'hi', 'héllo', b'x', [], (), {},
          [1, 2], {'a': 1}, (1, 2), (1, 2, 3, 4), {1, 2}, frozenset([1]), [[1], [1]], ['a', 'a'], [1, [2, (3, 'x')]]]:
    print(repr(v), pickle.dumps(v))
print(pickle.dumps([1, 'a'], protocol=2), pickle.dumps([1, 'a'], protocol=3), pickle.dumps({'k': b'v'}, protocol=5))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
