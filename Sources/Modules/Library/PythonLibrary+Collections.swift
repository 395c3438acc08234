extension PythonLibrary {
    /// `import collections`, in Cellgrad Python (compiled on first import): the header below,
    /// then one part per type, each in PythonLibrary+Collections<Type>.swift.
    static let collections = [collectionsHeader, collectionsCounter, collectionsDefaultdict, collectionsOrderedDict,
                              collectionsDeque, collectionsNamedtuple, collectionsChainMap, collectionsUserTypes].joined(separator: "\n\n\n")

    static let collectionsHeader = #"""
"""Container datatypes: Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap,
UserDict, UserList and UserString."""

import keyword as _keyword
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap


def _type_name(obj):
    return type(obj).__name__
"""#
}
