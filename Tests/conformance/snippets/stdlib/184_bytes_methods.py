data = b'  Hello, World! Hello!  '
print(data.strip(), data.lstrip(), data.rstrip(), b'xxhixx'.strip(b'x'))
print(data.find(b'Hello'), data.rfind(b'Hello'), data.find(b'zzz'), data.index(b'World'), data.count(b'l'), data.count(b'Hello'))
print(data.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'line1\nline2\r\nline3'.splitlines())
print(b'-'.join([b'a', b'b', b'c']), b''.join([b'x', bytearray(b'y')]), b'ABC'.lower(), b'abc'.upper())
print(b'hello'.replace(b'l', b'L'), b'hello'.replace(b'l', b'', 1), b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'bc')))
print(b'123'.isdigit(), b'12a'.isdigit(), b'abc'.isalpha(), b' \t'.isspace(), b'a1'.isalnum(), b''.isdigit())
print(b'\x00\xffab'.hex(), b'abc'.hex('-'), bytes.fromhex('de ad be ef'), bytes.fromhex('00ff'))
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('latin-1'), 'café'.encode('utf-8'), 'café'.encode('latin-1'), 'abc'.encode('ascii'))
