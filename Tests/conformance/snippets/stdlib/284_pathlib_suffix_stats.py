from pathlib import Path
from collections import Counter
files = ['a.py', 'b.py', 'c.txt', 'img/d.png', 'img/e.png', 'img/f.jpg', 'docs/g.md', 'docs/old/h.md', 'README']
for f in files:
    p = Path('tree') / f
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(f * 3)
all_files = sorted(p for p in Path('tree').rglob('*') if p.is_file())
print(Counter(p.suffix or '(none)' for p in all_files).most_common())
print(sum(p.stat().st_size for p in all_files), max(all_files, key=lambda p: p.stat().st_size).name)
print([str(p.relative_to('tree')) for p in all_files if p.suffix == '.md'])
print(sorted({p.parent.name for p in all_files}))
