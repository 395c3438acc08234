extension PythonLibrary {
    /// `import types`, in Cellgrad Python (compiled on first import): SimpleNamespace and the
    /// types of functions, methods, generators and modules.
    static let types = #"""
"""Names for the built-in types that have no builtin name, and SimpleNamespace."""

import sys


def _f():
    pass


class _C:
    def _m(self):
        pass


def _g():
    yield 1


FunctionType = type(_f)
LambdaType = type(lambda: None)
MethodType = type(_C()._m)
GeneratorType = type(_g())
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del _f, _C, _g


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        items = ', '.join(f'{key}={value!r}' for key, value in self.__dict__.items())
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None
"""#
}
