b = b'ab\xffc\x00\n\t\\'
print(b, len(b), list(b), repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'))
print(bytes(3), bytes([65, 66, 67]), bytes('héllo', 'utf-8'), bytes(b'copy'), bytes(range(250, 256)))
print(b'abc'[0], b'abc'[-1], b'abcdef'[1:4], b'abcdef'[::2], b'abcdef'[::-1], b''[:])
print(b'ab' + b'cd', b'ab' * 3, 2 * b'x', b'a' in b'cat', 99 in b'cat', b'' in b'x')
print(b'abc' == b'abc', b'abc' < b'abd', b'b' > b'abc', b'x' != 'x', sorted([b'b', b'a', b'ab']))
print(type(b).__name__, isinstance(b, bytes), bytes.__name__, hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'])
print(str(b'x'), f'{b"y"}', [c for c in b'hi'], bytes(x + 1 for x in b'HAL'))
