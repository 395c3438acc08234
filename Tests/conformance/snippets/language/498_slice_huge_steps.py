# Slices whose bounds and steps lie near the 64-bit limits, or beyond them, on every built-in
# sequence: clamped as slice.indices clamps, never an overflow.
big = [2**62, -2**62, 2**63 - 1, -2**63, -2**63 + 1, 2**64, -2**100, 0, -1, 3, None]
seqs = [list(range(5)), 'héllo', tuple(range(5)), b'abcde', bytearray(b'abcde'), [], '']
for s in seqs:
    for a in big:
        for b in big:
            for c in big:
                try:
                    r = s[a:b:c]
                    print(type(s).__name__, a, b, c, r)
                except ValueError as e:
                    print(type(s).__name__, a, b, c, 'ValueError', e)
for c in big:
    for a in big:
        try:
            print(a, c, slice(a, a, c).indices(5), slice(a, None, c).indices(0), slice(None, a, c).indices(2**62))
        except ValueError as e:
            print(a, c, 'ValueError', e)
m = list(range(10))
print(m[::-4611686018427387904], m[::4611686018427387904], m[5::-2**63], m[-2**63::2**63 - 1])
print(range(5)[::2**62], range(5)[::-2**62], range(-3, 100, 7)[3::2**40], range(10)[-2**62:2**62])
# Assignment and deletion through extended slices with huge steps.
m[::2**62] = ['a']
m[::-2**62] = ['z']
print(m)
del m[::2**63 - 1]
print(m)
del m[-1::-2**62]
print(m)
ba = bytearray(b'abcdef')
ba[::2**62] = b'X'
ba[::-2**62] = b'Y'
ba[::2] = b'123'
print(ba)
del ba[::-2**62]
print(ba)
try:
    ba[::2] = b'12345'
except ValueError as e:
    print('ValueError', e)
try:
    m[::2] = [1]
except ValueError as e:
    print('ValueError', e)
