extension PythonLibrary {
    /// `import functools`, in Cellgrad Python (compiled on first import).
    static let functools = #"""
"""Higher-order functions: reduce, partial, lru_cache/cache, wraps, cmp_to_key, total_ordering,
cached_property, singledispatch."""

from collections import namedtuple as _namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing, /):
    """Applies function of two arguments cumulatively to the items of iterable, left to right, reducing them to one value: reduce(add, [1, 2, 3]) is 6."""
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """A callable that calls func with some arguments filled in: partial(pow, 2)(5) == 32."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        return f'functools.partial({", ".join(parts)})'


class partialmethod:
    """partial for methods: the receiver comes first, then the filled-in arguments."""

    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Copies __name__, __doc__, __module__ and friends from wrapped onto wrapper and sets wrapper.__wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        source = getattr(wrapped, attr, None)
        target = getattr(wrapper, attr, None)
        if isinstance(source, dict) and isinstance(target, dict):
            target.update(source)
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper, for the inner function of a decorator."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
CacheInfo.__module__ = 'functools'

_missing = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_missing,) + tuple(kwds.items())
    if typed:
        key = key + tuple(type(v) for v in args) + tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        # A lone int or str argument is its own key, as in CPython.
        return key[0]
    return key


class _lru_cache_wrapper:
    """The function lru_cache returns: calls through a dict of results, oldest dropped first."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        update_wrapper(self, user_function)

    def __call__(self, /, *args, **kwds):
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        result = cache.get(key, _missing)
        if result is not _missing:
            self._hits += 1
            if self._maxsize is not None:
                # Most recently used goes last.
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if self._maxsize is None or self._maxsize > 0:
            if key in cache:
                del cache[key]
            cache[key] = result
            if self._maxsize is not None and len(cache) > self._maxsize:
                del cache[next(iter(cache))]
        return result

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self, obj)

    def cache_info(self):
        return CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __repr__(self):
        return f'<functools._lru_cache_wrapper object at {hex(id(self))}>'


def lru_cache(maxsize=128, typed=False):
    """Decorator caching a function's results by argument, keeping at most maxsize of the most recent; cache_info() and cache_clear() manage it."""
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without parentheses.
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """Memoizes a function with an unbounded cache: lru_cache(maxsize=None)."""
    return _lru_cache_wrapper(user_function, None, False)


def cmp_to_key(mycmp):
    """A key class for sorted() from an old-style comparison function."""
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            if not isinstance(other, K):
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            if not isinstance(other, K):
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            if not isinstance(other, K):
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            if not isinstance(other, K):
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            if not isinstance(other, K):
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def total_ordering(cls):
    """Fills in the missing comparison methods from __eq__ and one of < > <= >=."""
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    root_method = getattr(cls, root)

    def not_(result):
        return result if result is NotImplemented else not result

    if root == '__lt__':
        derived = {
            '__gt__': lambda self, other: _combine(not_(root_method(self, other)), self != other, 'and'),
            '__le__': lambda self, other: _combine(root_method(self, other), self == other, 'or'),
            '__ge__': lambda self, other: not_(root_method(self, other)),
        }
    elif root == '__le__':
        derived = {
            '__ge__': lambda self, other: _combine(not_(root_method(self, other)), self == other, 'or'),
            '__lt__': lambda self, other: _combine(root_method(self, other), self != other, 'and'),
            '__gt__': lambda self, other: not_(root_method(self, other)),
        }
    elif root == '__gt__':
        derived = {
            '__lt__': lambda self, other: _combine(not_(root_method(self, other)), self != other, 'and'),
            '__ge__': lambda self, other: _combine(root_method(self, other), self == other, 'or'),
            '__le__': lambda self, other: not_(root_method(self, other)),
        }
    else:
        derived = {
            '__le__': lambda self, other: _combine(not_(root_method(self, other)), self == other, 'or'),
            '__gt__': lambda self, other: _combine(root_method(self, other), self != other, 'and'),
            '__lt__': lambda self, other: not_(root_method(self, other)),
        }
    for name, method in derived.items():
        if name not in defined:
            method.__name__ = name
            setattr(cls, name, method)
    return cls


def _combine(first, second, how):
    if first is NotImplemented:
        return NotImplemented
    if how == 'and':
        return first and second
    return first or second


class cached_property:
    """A property computed once per instance, then stored on the instance."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        # Stored on the instance, whose own attribute then hides this (non-data) descriptor.
        value = self.func(instance)
        object.__setattr__(instance, self.attrname, value)
        return value


def singledispatch(func):
    """A function that picks an implementation by its first argument's type."""
    registry = {object: func}

    def dispatch(cls):
        for base in cls.__mro__:
            if base in registry:
                return registry[base]
        return func

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                'Use either `@register(some_class)` or plain `@register` '
                                'on an annotated function.')
            func = cls
            cls = list(annotations.values())[0]
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
"""#
}
