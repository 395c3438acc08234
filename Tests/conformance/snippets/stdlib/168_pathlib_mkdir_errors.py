from pathlib import Path
p = Path('a/b/c')
try:
    p.mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
p.mkdir(parents=True)
print(p.is_dir())
try:
    p.mkdir()
except FileExistsError as e:
    print('FileExistsError', e)
p.mkdir(parents=True, exist_ok=True)
for bad in [lambda: Path('nofile.txt').read_text(), lambda: Path('a').rmdir(), lambda: Path('nope').unlink(), lambda: Path('a').read_text()]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
Path('a/b/c').rmdir()
print(sorted(str(x) for x in Path('a').iterdir()))
Path('f.txt').touch()
try:
    Path('f.txt').touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e)
