import glob, fnmatch, os
for name in ['a1.txt', 'a2.txt', 'b1.csv', 'sub/c.txt', 'sub/deep/d.txt', '.hidden.txt']:
    os.makedirs(os.path.dirname(name) or '.', exist_ok=True)
    open(name, 'w').close()
print(sorted(glob.glob('*.txt')), sorted(glob.glob('a?.txt')), sorted(glob.glob('[ab]1.*')))
print(sorted(glob.glob('**/*.txt', recursive=True)), sorted(glob.glob('sub/*')), sorted(glob.glob('*/*/*.txt')))
print(glob.glob('nothing*'), glob.has_magic('a*'), glob.has_magic('abc'), glob.escape('a[1]*.txt'))
print(fnmatch.fnmatch('data.csv', '*.csv'), fnmatch.fnmatch('Data.CSV', '*.csv'), fnmatch.fnmatchcase('x.py', '?.py'))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py', 'd.pyc'], '*.py'), fnmatch.fnmatch('a1', 'a[0-9]'), fnmatch.fnmatch('ab', 'a[!b]'))
print(fnmatch.translate('*.txt'))
