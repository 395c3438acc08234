import pickle
obj = {'ints': [0, 255, 256, 65535, 65536, -1, 2 ** 31, -2 ** 31], 'f': 0.5, 's': 'x' * 300, 'b': b'y' * 300}
for proto in range(2, 6):
    blob = pickle.dumps(obj, protocol=proto)
    print(proto, len(blob), blob[:2], pickle.loads(blob) == obj)
print(pickle.dumps(list(range(3)), protocol=2), pickle.dumps((), protocol=2), pickle.dumps(set(), protocol=4))
print(pickle.dumps(b'ab', protocol=3), pickle.dumps(b'ab', protocol=2))
print(pickle.dumps(bytearray(b'x'), protocol=5), pickle.dumps(frozenset(), protocol=4))
