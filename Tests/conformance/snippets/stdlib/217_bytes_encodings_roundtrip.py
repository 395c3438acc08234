text = 'naïve café — 東京 ☕'
for enc in ['utf-8', 'UTF8', 'utf_8']:
    data = text.encode(enc)
    print(enc, len(data), data[:12], data.decode(enc) == text)
print('abc'.encode('latin-1'), 'ÿ'.encode('latin1'), bytes(range(200, 205)).decode('latin-1'))
print(b'\xe6\x9d\xb1'.decode(), len('東'.encode()), str(b'abc', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'))
print([hex(b) for b in 'é'.encode()], list('A'.encode()), bytes('A', 'ascii') == b'A')
try:
    text.encode('latin-1')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
