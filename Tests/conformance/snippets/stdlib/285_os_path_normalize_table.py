import os.path as op
for p in ['a/./b', 'a/../b', '/a/b/../../..', 'a//b///c', '../x/..', './', 'a/b/c/..', '/./a']:
    print(repr(p), op.normpath(p), op.dirname(p), op.basename(p), op.split(p))
print(op.join('/base', 'sub', '..', 'x'), op.normpath(op.join('/base', 'sub', '..', 'x')))
print(op.relpath('/a/b/c/d', '/a/x/y'), op.relpath('a/b', 'a'), op.relpath('a', 'a'))
