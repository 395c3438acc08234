import pickle
values = [0, -1, 255, 256, 65535, 65536, 2 ** 31, -2 ** 31 - 1, 2 ** 62, 3.25, -0.0, float('inf'), '', 'x' * 300, 'naïve ☃',
          b'', b'\x00' * 300, bytearray(b'ba'), (1,), ((),), [None, True, False], {'nested': {'list': [1, 2, {'deep': ()}]}},
          {3, 1, 2}, frozenset({'a'}), {(1, 2): 'tuple key', 5: 'int key'}, list(range(2500))]
for proto in (2, 3, 4, 5):
    ok = all(pickle.loads(pickle.dumps(v, protocol=proto)) == v for v in values)
    print(proto, ok, type(pickle.loads(pickle.dumps(bytearray(b'ba'), proto))).__name__)
shared = [1, 2]
obj = {'a': shared, 'b': shared}
back = pickle.loads(pickle.dumps(obj))
print(back, back['a'] is back['b'])
rec = [1]
rec.append(rec)
r = pickle.loads(pickle.dumps(rec))
print(r[0], r[1] is r, len(pickle.dumps(list(range(2500)))))
