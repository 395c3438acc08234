ba = bytearray(b'hello')
print(ba, repr(ba), len(ba), ba[0], ba[1:3])
ba[0] = 72
ba.append(33)
ba.extend(b' ok')
ba.extend([1, 2])
print(ba, ba.pop(), ba.pop(0), ba)
ba[1:3] = b'EL'
del ba[0]
print(ba, bytes(ba), ba == b'ELlo! ok\x01', bytearray(3), bytearray([1, 2]), bytearray('hé', 'utf-8'))
ba += b'++'
print(ba, ba.hex(), ba.decode('latin-1'), ba.upper(), ba.find(b'ok'), type(ba[0:2]).__name__)
ba.clear()
print(ba, len(ba), bytearray.fromhex('41 42'))
for bad in [lambda: ba.pop(), lambda: bytearray(b'x').__setitem__(0, 300), lambda: bytearray(b'x').append('a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
