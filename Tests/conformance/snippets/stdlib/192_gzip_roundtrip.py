import gzip
data = ('epoch,loss\n' + ''.join(f'{i},{1 / (i + 1):.4f}\n' for i in range(50))).encode()
blob = gzip.compress(data, mtime=0)
print(blob[:10], len(blob) < len(data), gzip.decompress(blob) == data)
print(gzip.compress(b'hello', mtime=0), gzip.compress(b'hello', mtime=5), gzip.compress(b'hello', compresslevel=1, mtime=7)[:10])
with gzip.open('log.csv.gz', 'wb') as f:
    f.write(data)
with gzip.open('log.csv.gz', 'rb') as f:
    back = f.read()
print(back == data, open('log.csv.gz', 'rb').read(4))
with gzip.open('log.csv.gz', 'rt') as f:
    print(f.readline().strip(), f.readline().strip())
with gzip.open('notes.txt.gz', 'wt') as f:
    f.write('héllo\nwörld\n')
with gzip.open('notes.txt.gz', 'rt', encoding='utf-8') as f:
    print(f.read().splitlines())
with gzip.GzipFile('log.csv.gz') as g:
    print(g.read(10), g.readline())
for bad in [lambda: gzip.decompress(b'abcdefghijkl'), lambda: gzip.decompress(blob[:-2]), lambda: gzip.open('log.csv.gz', 'rb', encoding='utf-8')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError))
