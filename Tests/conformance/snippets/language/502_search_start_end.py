# start/end of the searching methods (str, bytes, bytearray, list, tuple) against CPython:
# negative, None, past the end, past 64 bits, reversed windows, empty needles, non-ASCII text.
bounds = [(), (0,), (1,), (-2,), (5,), (9,), (None,), (1, 4), (2, 2), (4, 1), (-5, -1), (None, -1),
          (0, 100), (-100, 3), (2**70,), (-2**70, 2**70), (1, None)]


def show(label, f):
    out = []
    for b in bounds:
        try:
            out.append(f(*b))
        except Exception as e:
            out.append(f'{type(e).__name__}: {e}')
    print(label, out)


for text in ['abcabcab', 'héllo wörld é']:
    for sub in ['ab', 'b', '', 'é', 'l', 'zz']:
        for m in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
            show(f'{text!r}.{m}({sub!r})', lambda *b: getattr(text, m)(sub, *b))
    show(f'{text!r}.startswith(tuple)', lambda *b: text.startswith(('zz', 'c', 'é', 'h'), *b))
    show(f'{text!r}.endswith(tuple)', lambda *b: text.endswith(('zz', 'b', 'd', ''), *b))

for kind in [bytes, bytearray]:
    data = kind(b'abcabcab')
    for sub in [b'ab', b'b', b'', 99, b'zz']:
        for m in ['find', 'rfind', 'index', 'rindex', 'count']:
            show(f'{kind.__name__}.{m}({sub!r})', lambda *b: getattr(data, m)(sub, *b))
    for sub in [b'ab', b'b', b'', (b'c', b'a')]:
        for m in ['startswith', 'endswith']:
            show(f'{kind.__name__}.{m}({sub!r})', lambda *b: getattr(data, m)(sub, *b))

for seq in [[3, 1, 4, 1, 5, 9, 2, 6], (3, 1, 4, 1, 5, 9, 2, 6)]:
    for x in [1, 4, 6, 7]:
        show(f'{type(seq).__name__}.index({x})', lambda *b: seq.index(x, *b))

print('abcabc'.count('abc', 1), 'aaaa'.count('aa', 0, 3), 'aaaa'.count('', 2, 3), 'a'.count('', 1, 0))
print('xyz'.find('', 3), 'xyz'.find('', 4), 'xyz'.rfind('', 1, 2), 'xyz'.startswith('', 3), 'xyz'.startswith('', 4))
class I:
    def __index__(self):
        return 2
print('abcabc'.count('c', I()), (1, 2, 1, 2).index(1, I()), [1, 2, 1, 2].index(2, I()), 'abcabc'.find('a', I()))
for bad in [lambda: 'abc'.count('a', 1.5), lambda: [1].index(1, None), lambda: (1,).index(1, 0, None),
            lambda: 'abc'.find('a', 'x'), lambda: b'abc'.count(b'a', 1.0), lambda: (1,).index(1, 0, 1, 2),
            lambda: 'abc'.count(), lambda: 'abc'.count(1), lambda: b'abc'.find('a'), lambda: [1, 2].index(3, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
