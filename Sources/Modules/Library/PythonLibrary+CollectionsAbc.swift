extension PythonLibrary {
    /// `import collections.abc`, in Cellgrad Python (compiled on first import).
    static let collectionsABC = #"""
"""Abstract base classes for containers: isinstance(x, Iterable), and mixin methods for classes
that subclass Mapping, MutableMapping, Sequence, MutableSequence or Set."""

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container',
           'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence',
           'ByteString']


def _defines(cls, *methods):
    """True when every method is defined (and not set to None) somewhere along cls's MRO."""
    mro = cls.__mro__
    for method in methods:
        for base in mro:
            if method in base.__dict__:
                if base.__dict__[method] is None:
                    return False
                break
        else:
            return False
    return True


class ABCMeta(type):
    """Decides isinstance/issubclass for the abstract classes: by inheritance, by registration
    (list is a Sequence) or by the methods a class defines (anything with __iter__ is Iterable)."""

    def __subclasscheck__(cls, subclass):
        if cls in subclass.__mro__:
            return True
        for excluded in cls.__dict__.get('_excluded', ()):
            if excluded in subclass.__mro__:
                return False
        for registered in cls.__dict__.get('_registered', ()):
            if registered in subclass.__mro__:
                return True
        required = cls.__dict__.get('_required')
        if required and _defines(subclass, *required):
            return True
        return False

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def register(cls, subclass):
        cls._registered = cls.__dict__.get('_registered', ()) + (subclass,)
        return subclass


class Hashable(metaclass=ABCMeta):
    _required = ('__hash__',)
    # Their __hash__ is None in Python.
    _excluded = (list, dict, set)

    def __hash__(self):
        return 0


class Awaitable(metaclass=ABCMeta):
    _required = ('__await__',)


class Coroutine(Awaitable):
    _required = ('send', 'throw', 'close', '__await__')


class AsyncIterable(metaclass=ABCMeta):
    _required = ('__aiter__',)


class AsyncIterator(AsyncIterable):
    _required = ('__aiter__', '__anext__')


class AsyncGenerator(AsyncIterator):
    _required = ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


class Iterable(metaclass=ABCMeta):
    _required = ('__iter__',)
    _registered = (str, list, tuple, dict, set, frozenset, range, bytes)


class Iterator(Iterable):
    _required = ('__iter__', '__next__')
    _registered = (type(iter([])), type(iter(())), type(iter('')), type(iter(range(0))),
                   type(iter({})), type(map(abs, [])), type(zip()), type(enumerate([])))

    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


def _generator_type():
    def g():
        yield
    return type(g())


class Generator(Iterator):
    _required = ('__iter__', '__next__', 'send', 'throw', 'close')
    _registered = (_generator_type(),)


class Reversible(Iterable):
    _required = ('__reversed__', '__iter__')
    _registered = (list, tuple, str, range, dict, bytes)


class Sized(metaclass=ABCMeta):
    _required = ('__len__',)
    _registered = (str, list, tuple, dict, set, frozenset, range, bytes)


class Container(metaclass=ABCMeta):
    _required = ('__contains__',)
    _registered = (str, list, tuple, dict, set, frozenset, range, bytes)


class Collection(Sized, Iterable, Container):
    _required = ('__len__', '__iter__', '__contains__')
    _registered = (str, list, tuple, dict, set, frozenset, range, bytes)


class Callable(metaclass=ABCMeta):
    _required = ('__call__',)
    _registered = (type(len), type(lambda: None), type)


class Set(Collection):
    """Mixin for set-like classes: define __contains__, __iter__, __len__."""
    _registered = (set, frozenset)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(x in other for x in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(x in self for x in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def isdisjoint(self, other):
        return not any(x in self for x in other)


class MutableSet(Set):
    _registered = (set,)

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass


class Mapping(Collection):
    """Mixin for read-only mappings: define __getitem__, __iter__ and __len__; get, keys,
    items, values, __contains__ and __eq__ follow."""
    _required = None
    _registered = (dict,)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MutableMapping(Mapping):
    """Mixin for mappings: define __getitem__, __setitem__, __delitem__, __iter__, __len__."""
    _registered = (dict,)

    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Sized):
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'


class KeysView(MappingView, Set):
    _registered = (type({}.keys()),)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class ItemsView(MappingView, Set):
    _registered = (type({}.items()),)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    _registered = (type({}.values()),)

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class Sequence(Reversible, Collection):
    """Mixin for read-only sequences: define __getitem__ and __len__; iteration, in, reversed,
    index and count follow."""
    _required = None
    _registered = (list, tuple, str, range, bytes)

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    """Mixin for sequences: define __getitem__, __setitem__, __delitem__, __len__ and insert."""
    _registered = (list,)

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class ByteString(Sequence):
    _registered = (bytes,)

"""#
}
