from pathlib import Path
for name in ['data/train/a.csv', 'data/train/b.csv', 'data/test/c.csv', 'data/readme.md', 'data/train/img/x.png', 'notes.txt']:
    p = Path(name)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(name)
print(sorted(str(p) for p in Path('data').glob('*')))
print(sorted(str(p) for p in Path('data').glob('*/*.csv')))
print(sorted(str(p) for p in Path('data').rglob('*.csv')))
print(sorted(str(p) for p in Path('data').glob('**/*.png')))
print(sorted(str(p) for p in Path('.').glob('*.txt')), sorted(p.name for p in Path('data/train').iterdir()))
print(sorted(str(p) for p in Path('data').glob('**')))
print(sum(1 for p in Path('data').rglob('*') if p.is_file()), [p.stem for p in sorted(Path('data').rglob('*.csv'))])
