from pathlib import Path
d = Path('results')
d.mkdir()
f = d / 'notes.txt'
print(f.exists(), f.write_text('line one\nline two\n'), f.exists(), f.is_file(), f.is_dir(), d.is_dir())
print(repr(f.read_text()), f.read_text().splitlines(), f.stat().st_size)
b = d / 'blob.bin'
print(b.write_bytes(bytes(range(5))), b.read_bytes(), b.stat().st_size)
with f.open() as fh:
    print([line.strip() for line in fh])
with f.open('a') as fh:
    fh.write('line three\n')
print(len(f.read_text().splitlines()))
f.rename(d / 'renamed.txt')
print(sorted(p.name for p in d.iterdir()), f.exists())
(d / 'renamed.txt').unlink()
(d / 'missing.txt').unlink(missing_ok=True)
print(sorted(p.name for p in d.iterdir()))
