import os
for name, size in [('proj/a.py', 10), ('proj/lib/b.py', 20), ('proj/lib/c.txt', 5), ('proj/data/d.csv', 40)]:
    os.makedirs(os.path.dirname(name), exist_ok=True)
    with open(name, 'w') as f:
        f.write('x' * size)
total = 0
for root, dirs, files in os.walk('proj'):
    dirs.sort()
    for fname in sorted(files):
        path = os.path.join(root, fname)
        total += os.path.getsize(path)
        print(path, os.path.getsize(path), os.path.splitext(fname)[1])
print('total', total)
by_ext = {}
for root, _, files in os.walk('proj'):
    for fname in files:
        ext = os.path.splitext(fname)[1]
        by_ext[ext] = by_ext.get(ext, 0) + 1
print(sorted(by_ext.items()))
print([r for r, d, f in os.walk('proj', topdown=False)][-1])
