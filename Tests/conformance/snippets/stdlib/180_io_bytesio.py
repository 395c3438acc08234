import io
b = io.BytesIO(b'hello\nworld\n')
print(b.read(5), b.tell(), b.readline(), b.readline(), b.readline(), b.read())
b.seek(0)
print(b.readlines(), b.getvalue())
out = io.BytesIO()
print(out.write(b'abc'), out.write(bytearray(b'def')), out.getvalue(), out.tell())
out.seek(1)
out.write(b'XY')
print(out.getvalue(), out.seek(0, 2), out.seek(-2, 2), out.read(), out.seek(10), out.write(b'!'), out.getvalue())
out.truncate(3)
print(out.getvalue(), out.readable(), out.writable(), out.seekable(), [line for line in io.BytesIO(b'a\nb')])
with io.BytesIO(b'xyz') as ctx:
    print(ctx.read(2))
print(ctx.closed)
for bad in [lambda: io.BytesIO().write('text'), lambda: ctx.read(), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO('s')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
