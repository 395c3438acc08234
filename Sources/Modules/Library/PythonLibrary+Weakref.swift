extension PythonLibrary {
    /// `import weakref`, in Cellgrad Python (compiled on first import), over `_weakref.ref`.
    static let weakref = #"""
"""Weak references: ref, WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize."""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs


def _address(obj):
    return hex(id(obj))


class _WeakMapping:
    """What the two weak dictionaries share: the views and update, over `items()`."""

    def keys(self):
        for k, v in self.items():
            yield k

    def __iter__(self):
        return self.keys()

    def values(self):
        for k, v in self.items():
            yield v

    def update(self, other=(), /, **kwargs):
        if other is None:
            other = ()
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kwargs):
        self.data = {}
        self.update(other, **kwargs)

    def _remover(self, key):
        selfref = ref(self)

        def remove(wr):
            d = selfref()
            if d is not None and d.data.get(key) is wr:
                del d.data[key]
        return remove

    def __setitem__(self, key, value):
        self.data[key] = ref(value, self._remover(key))

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def copy(self):
        return WeakValueDictionary(self.items())

    def __repr__(self):
        return "<WeakValueDictionary at %s>" % _address(self)


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies. Keys are matched
    by identity (as for objects without their own __eq__)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _remover(self, oid):
        selfref = ref(self)

        def remove(wr):
            d = selfref()
            if d is not None:
                entry = d.data.get(oid)
                if entry is not None and entry[0] is wr:
                    del d.data[oid]
        return remove

    def __setitem__(self, key, value):
        entry = self.data.get(id(key))
        if entry is not None and entry[0]() is key:
            self.data[id(key)] = (entry[0], value)
        else:
            self.data[id(key)] = (ref(key, self._remover(id(key))), value)

    def _entry(self, key):
        entry = self.data.get(id(key))
        if entry is None or entry[0]() is not key:
            return None
        return entry

    def __getitem__(self, key):
        entry = self._entry(key)
        if entry is None:
            raise KeyError(key)
        return entry[1]

    def __delitem__(self, key):
        if self._entry(key) is None:
            raise KeyError(key)
        del self.data[id(key)]

    def __contains__(self, key):
        return self._entry(key) is not None

    def __len__(self):
        return sum(1 for wr, v in list(self.data.values()) if wr() is not None)

    def get(self, key, default=None):
        entry = self._entry(key)
        return default if entry is None else entry[1]

    def items(self):
        for wr, v in list(self.data.values()):
            k = wr()
            if k is not None:
                yield k, v

    def pop(self, key, *default):
        entry = self._entry(key)
        if entry is None:
            if default:
                return default[0]
            raise KeyError(key)
        del self.data[id(key)]
        return entry[1]

    def setdefault(self, key, default=None):
        entry = self._entry(key)
        if entry is None:
            self[key] = default
            return default
        return entry[1]

    def copy(self):
        return WeakKeyDictionary(dict(self.items()))

    def __repr__(self):
        return "<WeakKeyDictionary at %s>" % _address(self)


class WeakSet:
    """A set whose elements are held weakly (matched by identity)."""

    def __init__(self, data=None):
        self.data = WeakKeyDictionary()
        if data is not None:
            for x in data:
                self.add(x)

    def add(self, item):
        self.data[item] = None

    def discard(self, item):
        self.data.pop(item, None)

    def remove(self, item):
        self.data.pop(item)

    def __contains__(self, item):
        return item in self.data

    def __iter__(self):
        return self.data.keys()

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, list(self))


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj dies
    or when the finalizer is called, whichever comes first."""

    _registry = {}
    atexit = True

    def __init__(self, obj, func, /, *args, **kwargs):
        self._ref = ref(obj, self)
        finalize._registry[self] = (func, args, kwargs)

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None:
            func, args, kwargs = info
            return func(*args, **kwargs)

    def detach(self):
        obj = self._ref()
        info = finalize._registry.get(self)
        if obj is not None and info is not None:
            del finalize._registry[self]
            return (obj, info[0], info[1], info[2])

    def peek(self):
        obj = self._ref()
        info = finalize._registry.get(self)
        if obj is not None and info is not None:
            return (obj, info[0], info[1], info[2])

    @property
    def alive(self):
        return self in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return "<finalize object at %s; dead>" % _address(self)
        return "<finalize object at %s; for %r at %s>" % (_address(self), type(obj).__name__, _address(obj))
"""#
}
