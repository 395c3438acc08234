extension PythonLibrary {
    /// `import base64`, in Cellgrad Python (compiled on first import), over the native binascii.
    static let base64 = #"""
"""Base16, Base32 and Base64 encodings of binary data (RFC 4648), over binascii."""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode',
    'b16encode', 'b16decode', 'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decode_input(s):
    # What the decoders accept: bytes-like data or a str of ASCII characters.
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                    % type(s).__name__)


def _encode_input(s):
    if not isinstance(s, bytes_types):
        raise TypeError('expected bytes-like object, not %s' % type(s).__name__)
    return bytes(s)


def _swap(data, source, target):
    # Each byte of `source` in `data` replaced by the byte of `target` at the same place.
    if not (set(source) & set(target)):
        for a, b in zip(source, target):
            data = data.replace(bytes([a]), bytes([b]))
        return data
    table = {a: b for a, b in zip(source, target)}
    return bytes(table.get(c, c) for c in data)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s with Base64; altchars replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _swap(encoded, b'+/', bytes(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 data (bytes-like or ASCII str); validate=True refuses non-alphabet bytes."""
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode with the URL- and filesystem-safe alphabet ('-' and '_' for '+' and '/')."""
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    """Decode with the URL- and filesystem-safe alphabet."""
    s = _decode_input(s)
    s = _swap(s, b'-_', b'+/')
    return b64decode(s)


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(s).__name__)
    s = bytes(s)
    out = bytearray()
    for start in range(0, len(s), 5):
        block = s[start:start + 5]
        n = int.from_bytes(block + bytes(5 - len(block)), 'big')
        for shift in range(35, -5, -5):
            out.append(alphabet[(n >> shift) & 31])
    pad = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}[len(s) % 5]
    if pad:
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    pads = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for start in range(0, len(stripped), 8):
        n = 0
        for c in stripped[start:start + 8]:
            if c not in values:
                raise binascii.Error('Non-base32 digit found')
            n = n << 5 | values[c]
        out += (n << 5 * (8 - len(stripped[start:start + 8]))).to_bytes(5, 'big')
    if pads:
        if pads not in (1, 3, 4, 6):
            raise binascii.Error('Incorrect padding')
        del out[-{1: 1, 3: 2, 4: 3, 6: 4}[pads]:]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s with Base32."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 data; casefold accepts lowercase, map01 maps '0' to 'O' and '1' to it."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like object s with the extended-hex Base32 alphabet."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode extended-hex Base32 data."""
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Encode the bytes-like object s with Base16 (uppercase hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 data; casefold accepts lowercase digits."""
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def b85encode(b, pad=False):
    raise NotImplementedError('base64.b85encode is not supported in Cellgrad')


def b85decode(b):
    raise NotImplementedError('base64.b85decode is not supported in Cellgrad')


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    raise NotImplementedError('base64.a85encode is not supported in Cellgrad')


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    raise NotImplementedError('base64.a85decode is not supported in Cellgrad')


def encodebytes(s):
    """Encode into lines of at most 76 Base64 characters, each ending in a newline."""
    s = _encode_input(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode lines of Base64 data."""
    s = _encode_input(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode a binary file object into Base64 lines written to output."""
    while True:
        data = input.read(MAXBINSIZE)
        if not data:
            break
        output.write(binascii.b2a_base64(data))


def decode(input, output):
    """Decode Base64 lines read from a file object into output."""
    for line in input.readlines():
        output.write(binascii.a2b_base64(line))
"""#
}
