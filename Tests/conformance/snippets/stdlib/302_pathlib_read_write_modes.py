from pathlib import Path
p = Path('log.txt')
p.write_text('a\n')
with p.open('a') as f:
    f.write('b\n')
with p.open('r') as f:
    print(f.readlines())
print(p.read_text().count('\n'), p.stat().st_size)
b = Path('raw.bin')
with b.open('wb') as f:
    f.write(b'\x01\x02')
with b.open('ab') as f:
    f.write(b'\x03')
with b.open('rb') as f:
    print(f.read(), type(f).__name__)
print(sorted(x.name for x in Path('.').iterdir()))
