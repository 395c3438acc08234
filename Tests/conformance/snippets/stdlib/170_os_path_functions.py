import os.path
import os
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/a', '/b'), os.path.join('a/', 'b'), os.path.join('', 'x'))
print(os.path.split('/a/b/c.txt'), os.path.split('c.txt'), os.path.split('/'), os.path.split('a/b/'))
print(os.path.splitext('archive.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('a/b.c/d'), os.path.splitext('x.'))
print(os.path.basename('/a/b/c.txt'), os.path.dirname('/a/b/c.txt'), os.path.basename('a/'), os.path.dirname('file'))
print(os.path.normpath('a//b/./c/../d'), os.path.normpath('/../x'), os.path.normpath(''), os.path.normpath('./'))
print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.isabs('/x'), os.path.isabs('x'))
print(os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonpath(['/usr/lib', '/usr/local']), os.path.expanduser('x/~'))
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.sep, os.path.sep, os.curdir, os.pardir, os.path.__name__)
