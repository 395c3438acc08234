"""Prints, as JSON, the public names of every standard-library module Cellgrad provides:
{module: sorted names}. Names that are modules themselves (`os` inside `pathlib`) and names
starting with an underscore are left out. Run by CPython (generate_dir_names.py) and by
cellgrad (test_stdlib_dir.py); it uses nothing either lacks."""
import json

MODULES = ['abc', 'base64', 'binascii', 'bisect', 'collections', 'collections.abc', 'contextlib', 'copy', 'csv', 'dataclasses',
           'datetime', 'decimal', 'enum', 'fnmatch', 'fractions', 'functools', 'glob', 'gzip', 'heapq', 'inspect', 'io',
           'itertools', 'json', 'keyword', 'math', 'operator', 'os', 'os.path', 'pathlib', 'pickle', 'random',
           're', 'statistics', 'string', 'struct', 'textwrap', 'time', 'types', 'typing', 'warnings', 'zlib']

result = {}
for name in MODULES:
    module = __import__(name)
    for part in name.split('.')[1:]:
        module = getattr(module, part)
    module_type = type(json)
    result[name] = sorted(n for n in dir(module)
                          if not n.startswith('_') and not isinstance(getattr(module, n), module_type))
print(json.dumps(result, indent=1, sort_keys=True))
