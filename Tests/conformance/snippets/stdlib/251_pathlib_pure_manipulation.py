from pathlib import PurePosixPath as P
paths = [P('/data/raw/images/cat.001.jpg'), P('notes/summary.md'), P('archive.tar.gz'), P('/'), P('.'), P('..')]
for p in paths:
    print(str(p), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), str(p.parent), p.is_absolute())
print(P('a/b/../c'), P('a') / '..' / 'b', P('/x/y').parts, P('/x') / 'y' / 'z.txt')
print(sorted([P('b'), P('a/c'), P('a/b'), P('A')]), P('a/b').as_posix(), P('/tmp/x').as_uri())
