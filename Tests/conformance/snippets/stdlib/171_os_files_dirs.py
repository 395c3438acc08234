import os
os.makedirs('out/logs/run1')
os.makedirs('out/logs/run1', exist_ok=True)
try:
    os.makedirs('out/logs/run1')
except FileExistsError as e:
    print('FileExistsError', e)
with open('out/a.txt', 'w') as f:
    f.write('hello')
with open('out/logs/b.txt', 'w') as f:
    f.write('hi')
print(sorted(os.listdir('out')), os.path.exists('out/a.txt'), os.path.isfile('out'), os.path.isdir('out'))
print(os.path.getsize('out/a.txt'), os.stat('out/a.txt').st_size, os.stat('out/a.txt')[6])
for root, dirs, files in sorted(os.walk('out')):
    print(root, sorted(dirs), sorted(files))
os.rename('out/a.txt', 'out/c.txt')
os.replace('out/c.txt', 'out/d.txt')
print(sorted(os.listdir('out')))
os.remove('out/d.txt')
for bad in [lambda: os.remove('out/d.txt'), lambda: os.listdir('missing'), lambda: os.rmdir('out'), lambda: os.mkdir('out'), lambda: os.stat('nothing')]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, e)
print(sorted(e.name for e in os.scandir('out')), [e.is_dir() for e in sorted(os.scandir('out'), key=lambda e: e.name)])
