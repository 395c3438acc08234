# base64 and binascii: every alphabet, padding, altchars, validation and CPython's errors.
import base64
import binascii

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xff\xfe\xfd' * 7]
for s in samples[:7]:
    print(base64.b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.b32hexencode(s))
for s in samples:
    e = base64.b64encode(s)
    assert base64.b64decode(e) == s and base64.b64decode(e.decode()) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
print(base64.b64encode(bytes(range(256)))[-40:])
print(base64.urlsafe_b64encode(b'\xfb\xff\xbf'), base64.b64encode(b'\xfb\xff\xbf'), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.standard_b64encode(b'data'), base64.standard_b64decode(b'ZGF0YQ=='), base64.urlsafe_b64decode('-_-_'))
print(base64.b64decode(b'Zm9v YmFy\n'), base64.b64decode(b'Zm9vYg==trailing'), base64.b64decode(b'Zm9vYg=a='))
print(base64.b64decode(b'!!Zm9v??'), base64.b64decode(b'Zm9vYmFy', altchars=b'-_'), base64.b64decode('Zm8='))
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(b'x' * 200)) == b'x' * 200, base64.encodebytes(b''))
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b32decode(b'MZXW6YQ=', map01=b'L'), base64.b16decode(b'ff00', casefold=True))
print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(b'abc'), binascii.unhexlify(b'01abFF'), binascii.a2b_hex('6869'))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', ' ', -2))
print(binascii.b2a_base64(b'hello'), binascii.b2a_base64(b'hello', newline=False), binascii.a2b_base64(b'aGVsbG8=\n'))
print(binascii.crc32(b'hello'), binascii.crc32(b' world', binascii.crc32(b'hello')), binascii.crc32(b''))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Error.__name__)
for call in [lambda: base64.b64decode(b'Zm9vY'), lambda: base64.b64decode(b'Zm9vYm'), lambda: base64.b64decode(b'abc'),
             lambda: base64.b64decode(b'Zm9v!', validate=True), lambda: base64.b64decode(b'=Zm9v', validate=True),
             lambda: base64.b64decode(b'Zm8=YQ==', validate=True), lambda: base64.b64decode(b'Zm9v=', validate=True),
             lambda: base64.b64decode(b'Zm=9v', validate=True), lambda: base64.b64decode('é'),
             lambda: base64.b64decode(3), lambda: base64.b64encode('text'), lambda: base64.b32encode('text'),
             lambda: base64.b32decode(b'MZXW6==='[:-1]), lambda: base64.b32decode(b'MZXW6!=='),
             lambda: base64.b32decode(b'MZXW6Y=='), lambda: base64.b16decode(b'ff'), lambda: base64.b16decode(b'F'),
             lambda: base64.encodebytes('x'), lambda: base64.decodebytes('x'), lambda: binascii.unhexlify(b'abc'),
             lambda: binascii.unhexlify(b'zz'), lambda: binascii.hexlify(b'ab', '--'), lambda: binascii.hexlify('ab'),
             lambda: binascii.a2b_base64('é')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
