from pathlib import Path
base = Path('/home/user')
print(base / 'data' / 'train.csv', 'root' / Path('x'), base / Path('a/b'), base / '/etc/hosts')
print(base.joinpath('a', 'b', 'c.txt'), Path('x').joinpath(), Path('models') / 'best.pt')
p = Path('runs/exp1/model.ckpt')
print(p.with_suffix('.pt'), p.with_suffix(''), p.with_name('weights.bin'), p.with_stem('final'))
print(Path('/a/b/c').relative_to('/a'), Path('/a/b/c').relative_to(Path('/a/b')), Path('a/b').is_relative_to('a'))
print(Path('a/b.py').match('*.py'), Path('/a/b/c.py').match('b/*.py'), Path('a/b.py').match('a/*.txt'), Path('x.PY').match('*.py'))
for bad in [lambda: Path('/a/b').relative_to('/c'), lambda: Path('a').with_suffix('zip'), lambda: Path('').with_name('x'), lambda: Path('a') / 3]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
