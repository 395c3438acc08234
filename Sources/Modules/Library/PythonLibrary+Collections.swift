extension PythonLibrary {
    /// `import collections`, in Cellgrad Python (compiled on first import): the header below,
    /// then one part per type, each in PythonLibrary+Collections<Type>.swift.
    static let collections = [collectionsHeader, collectionsCounter, collectionsDefaultdict, collectionsOrderedDict,
                              collectionsDeque, collectionsNamedtuple, collectionsChainMap].joined(separator: "\n\n\n")

    static let collectionsHeader = #"""
"""Container datatypes: Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap,
UserDict, UserList and UserString."""

import keyword as _keyword
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap


def _type_name(obj):
    return type(obj).__name__


_USER_TYPES = ('UserDict', 'UserList', 'UserString')


def __getattr__(name):
    # UserDict, UserList and UserString are compiled on first use: most lessons never ask.
    if name in _USER_TYPES:
        import collections
        import _collections_user
        value = getattr(_collections_user, name)
        setattr(collections, name, value)
        return value
    raise AttributeError(f"module 'collections' has no attribute {name!r}")


def __dir__():
    import collections
    return list(collections.__dict__) + [name for name in _USER_TYPES if name not in collections.__dict__]
"""#
}
