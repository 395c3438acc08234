tests = [lambda: b'a' + 'b', lambda: b'abc'[5], lambda: bytes([256]), lambda: bytes('x'), lambda: b'\xff'.decode('utf-8'),
         lambda: b'\xff'.decode('ascii'), lambda: 'é'.encode('ascii'), lambda: bytes.fromhex('zz'), lambda: b'x'.index(b'y'),
         lambda: bytes(-1), lambda: b'a'.decode('nope'), lambda: {bytearray(b'a'): 1}, lambda: b'x' * 'y',
         lambda: b'a,b'.split(b''), lambda: bytes(1.5)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(b'\xffx'.decode('utf-8', 'replace'), b'\xffx'.decode('utf-8', 'ignore'), 'é!'.encode('ascii', 'replace'), 'é!'.encode('ascii', 'ignore'))
