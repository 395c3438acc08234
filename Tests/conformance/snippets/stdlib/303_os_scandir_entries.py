import os
os.makedirs('d/sub')
for name in ['d/a.txt', 'd/b.csv']:
    with open(name, 'w') as f:
        f.write('12345')
with os.scandir('d') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path, e.is_dir(), e.is_file(), e.stat().st_size if e.is_file() else '-', repr(e))
print([os.fspath(e) for e in entries])
