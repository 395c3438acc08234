# Start/end arguments and counters past the 64-bit limits: clamped or carried on as big ints,
# as CPython does, never an overflow.
big = [2**63 - 1, -2**63, 2**64, -2**64, 2**100, -1, 0, 3]
for a in big:
    for b in big:
        print(a, b, 'abcdef'.find('c', a, b), 'abcdef'.rfind('c', a, b),
              'abcdef'.startswith('a', a, b), 'abcdef'.endswith('f', a, b),
              b'abcdef'.find(b'c', a, b), b'abcdef'.count(b'c', a, b), bytearray(b'abc').find(b'c', a, b))
        try:
            print([1, 2, 3].index(2, a, b))
        except ValueError as e:
            print('ValueError', e)
print(list(enumerate('abc', 2**63 - 2)))
print(list(enumerate('ab', 2**100)), list(enumerate('ab', -2**64)))
e = enumerate(range(3), 2**63 - 1)
print(next(e), next(e), next(e))
try:
    'abc'.find('a', 'x')
except TypeError as e:
    print('TypeError', e)
