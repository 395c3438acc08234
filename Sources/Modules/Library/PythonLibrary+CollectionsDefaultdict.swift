extension PythonLibrary {
    /// `defaultdict`: a dict that fills missing keys from a factory.
    /// Part of `collections` (see PythonLibrary+Collections.swift).
    static let collectionsDefaultdict = #"""
class defaultdict(dict):
    """A dict that calls default_factory to supply a missing key's value."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        factory_repr = 'None' if factory is None else repr(factory)
        return f'{self.__class__.__name__}({factory_repr}, {dict(self)!r})'

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result
"""#
}
