# bytes % args and bytearray % args (PEP 461).
print(b'%s and %b' % (b'spam', bytearray(b'eggs')))
print(b'%d items, %5.2f, %x, %o, %e' % (3, 2.5, 255, 8, 12345.678))
print(b'%-6s|%6s|%.2s' % (b'ab', b'cd', b'xyz'))
print(b'%c%c%c' % (104, b'i', 33), b'%r %a' % ('caf\xe9', b'x'), b'100%%')
print(b'%(name)s is %(age)d' % {b'name': b'Ann', b'age': 30})
print(bytearray(b'%s-%d') % (b'id', 7), type(bytearray(b'%s') % b'x').__name__, type(b'%s' % b'x').__name__)
print(b'%s' % b'single', b'%s' % (b'tuple',), b'%08.3f|%+d|% d' % (3.14159, 5, 7))
print(b'\xff%s\x00' % b'\xfe', b'%i' % True, b'%X' % 3054)
class WithBytes:
    def __bytes__(self):
        return b'<bytes>'
print(b'%s %b' % (WithBytes(), WithBytes()))
for args in [('text',), (1,), (256,), (b'ab',), ()]:
    for template in [b'%s', b'%c', b'%b']:
        try:
            print(template % args)
        except Exception as e:
            print(type(e).__name__, e)
for template, args in [(b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'%(k)s', {'k': b'v'}), (b'%z', (1,)), (b'%d', (b'x',))]:
    try:
        print(template % args)
    except Exception as e:
        print(type(e).__name__, e)
