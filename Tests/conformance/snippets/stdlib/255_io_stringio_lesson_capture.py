import io
buf = io.StringIO()
print('captured line 1', file=buf)
print('captured', 2, sep='-', file=buf)
text = buf.getvalue()
print(repr(text), text.count('\n'))
log = io.StringIO()
for epoch in range(3):
    print(f'epoch {epoch} loss {1 / (epoch + 1):.3f}', file=log)
print(log.getvalue().splitlines()[-1], len(log.getvalue()))
s = io.StringIO('alpha\nbeta\ngamma')
print(s.read(3), s.readline(), s.readlines(), s.read(), s.tell())
