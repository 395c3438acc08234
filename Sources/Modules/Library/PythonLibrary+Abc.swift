extension PythonLibrary {
    /// `import abc`, in Cellgrad Python (compiled on first import).
    static let abc = #"""
"""Abstract base classes: ABC and @abstractmethod. A class with abstract methods left cannot be
instantiated."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    __isabstractmethod__ = True


def _abstract_names(cls):
    names = []
    for name in dir(cls):
        value = getattr(cls, name, None)
        if getattr(value, '__isabstractmethod__', False):
            names.append(name)
        elif isinstance(value, property) and getattr(value.fget, '__isabstractmethod__', False):
            names.append(name)
    return sorted(names)


class ABCMeta(type):
    """The metaclass of ABC (kept for `class X(metaclass=ABCMeta)`)."""

    def register(cls, subclass):
        return subclass


class ABC(metaclass=ABCMeta):
    """Base class whose subclasses may declare @abstractmethod methods."""

    def __new__(cls, *args, **kwargs):
        missing = _abstract_names(cls)
        if missing:
            word = 'method' if len(missing) == 1 else 'methods'
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"{word} {', '.join(missing)}")
        return object.__new__(cls)


def get_cache_token():
    return 0
"""#
}
