import gzip, io
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as g:
    g.write(b'first line\n')
    g.write(b'second line\n')
raw = buf.getvalue()
print(raw[:4], len(raw) > 20)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as g:
    print(g.readline(), g.read())
print(gzip.decompress(raw).splitlines())
with gzip.open(io.BytesIO(raw), 'rt') as t:
    print([line.rstrip() for line in t])
