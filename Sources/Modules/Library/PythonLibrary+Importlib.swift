extension PythonLibrary {
    /// `import importlib`, in Cellgrad Python (compiled on first import).
    static let importlib = #"""
"""import_module: importing a module named by a string."""

__all__ = ['import_module', 'reload', 'invalidate_caches']


def import_module(name, package=None):
    if name.startswith('.'):
        if not package:
            raise TypeError(f"the 'package' argument is required to perform a relative import for {name!r}")
        level = len(name) - len(name.lstrip('.'))
        base = package.rsplit('.', level - 1)[0]
        name = f'{base}.{name[level:]}'
    return __import__(name, None, None, ['__name__'])


def reload(module):
    raise NotImplementedError('importlib.reload is not supported in Cellgrad: modules are compiled once per session')


def invalidate_caches():
    pass
"""#
}
