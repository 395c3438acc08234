import os
os.environ['CELLGRAD_TEST_VAR'] = 'on'
print(os.environ['CELLGRAD_TEST_VAR'], os.environ.get('CELLGRAD_NOT_SET'), os.environ.get('CELLGRAD_NOT_SET', 'default'))
print(os.getenv('CELLGRAD_TEST_VAR'), os.getenv('CELLGRAD_NOT_SET', 'fallback'), 'CELLGRAD_TEST_VAR' in os.environ)
print(os.name, os.linesep == '\n', os.pathsep, os.devnull, type(os.getpid()).__name__, os.cpu_count() >= 1)
print(len(os.urandom(8)), type(os.urandom(4)).__name__, os.fspath('abc'))
import pathlib
print(os.fspath(pathlib.Path('a/b')), os.path.join(pathlib.Path('x'), 'y'))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError', e)
