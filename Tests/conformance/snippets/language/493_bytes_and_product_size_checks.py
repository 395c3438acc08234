import itertools

# Sizes a user controls are checked before allocating (found by the grammar fuzzer): a
# MemoryError or OverflowError with CPython's words, never a dead kernel.
cases = [
    lambda: bytes(2**62),
    lambda: bytearray(2**60),
    lambda: b'ab' * 10**18,
    lambda: b'ab' * 2**62,
    lambda: bytearray(b'ab') * 2**62,
    lambda: (1024).to_bytes(10**18, 'big'),
    lambda: (-1).to_bytes(2**62, 'big', signed=True),
    lambda: (5).to_bytes(2**63 - 1, 'big'),
    lambda: itertools.product(range(2), repeat=2**62),
    lambda: itertools.product(range(2), range(3), repeat=2**59),
    lambda: itertools.product(range(2), repeat=2**59),
    lambda: ''.join(itertools.repeat('x' * 10**8, 10**6)),
    lambda: b'-'.join(itertools.repeat(b'x' * 10**8, 10**6)),
]
for make in cases:
    try:
        make()
        print('made')
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
print(list(itertools.product(repeat=2**62)), b'ab' * 0, b'ab' * -3, (0).to_bytes(0, 'big'))
print(bytes(3), bytearray(2), b'ab' * 3, ', '.join(['a', 'b']), b'-'.join([b'x', b'y']))
print(() * 10**18, [] * 10**18, '' * 10**18, b'' * 10**18, bytearray() * 10**18)
