from pathlib import Path, PurePosixPath, PurePath
p = Path('data/train/img.tar.gz')
print(repr(p), p, p.parts, p.name, p.stem, p.suffix, p.suffixes)
print(repr(p.parent), [str(x) for x in p.parents], repr(p.anchor), p.is_absolute())
print(repr(Path()), repr(Path('.')), repr(Path('a//b/./c/')), repr(Path('/')), repr(Path('/').parent), repr(Path('a').parent))
print(repr(Path('/usr/lib')), Path('/usr/lib').parts, Path('/usr/lib').root, Path('/usr').anchor)
print(repr(PurePosixPath('x/y')), repr(PurePath('x')), Path('.bashrc').suffix, Path('.bashrc').stem, Path('a.').suffix, Path('archive.tar.').suffixes)
print(Path('a') == Path('a/'), Path('a') < Path('b'), Path('a/b') == Path('a', 'b'), len({Path('x'), Path('x/'), Path('./x')}))
