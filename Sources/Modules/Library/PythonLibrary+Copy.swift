extension PythonLibrary {
    /// `import copy`, in Cellgrad Python (compiled on first import).
    static let copy = #"""
"""Shallow and deep copies: copy(x), deepcopy(x, memo), with __copy__ and __deepcopy__ hooks."""


class Error(Exception):
    """Raised when an object cannot be copied."""
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(len),
           type(Ellipsis), type(NotImplemented), frozenset)


def _is_atomic(x):
    if isinstance(x, _atomic) and type(x) in _atomic:
        return True
    return callable(x) and (type(x).__name__ in ('function', 'builtin_function_or_method', 'method'))


def copy(x):
    """A new object of the same type holding the same items and attributes (not copies of them)."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple:
        return x
    if cls in (list, dict, set):
        return x.copy()
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    return _rebuild(x, None, None)


def deepcopy(x, memo=None, _nil=[]):
    """A copy of x whose items and attributes are themselves deep copies; shared and cyclic
    references are copied once (memo maps id(original) to its copy)."""
    if memo is None:
        memo = {}
    d = id(x)
    found = memo.get(d, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A copy made while copying the items (a cycle through the tuple) wins.
        found = memo.get(d, _nil)
        if found is not _nil:
            return found
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            y = hook(memo)
        else:
            y = _rebuild(x, memo, d)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The originals stay referenced by the memo, so an id is never reused while copying.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _rebuild(x, memo, d):
    """A new instance of x's class with x's attributes and, for container subclasses, its
    items; deep when memo is given."""
    cls = type(x)
    deep = memo is not None

    def dup(v):
        return deepcopy(v, memo) if deep else v

    if isinstance(x, tuple):
        y = tuple.__new__(cls, [dup(v) for v in x])
        if deep:
            memo[d] = y
    else:
        y = object.__new__(cls) if not isinstance(x, (list, dict, set)) else cls.__new__(cls)
        if deep:
            memo[d] = y
        if isinstance(x, list):
            for v in x:
                list.append(y, dup(v))
        elif isinstance(x, dict):
            for k, v in dict.items(x):
                dict.__setitem__(y, dup(k), dup(v))
        elif isinstance(x, set):
            for v in x:
                set.add(y, dup(v))
    state = getattr(x, '__dict__', None)
    if state:
        setstate = getattr(y, '__setstate__', None)
        state = dup(state) if deep else dict(state)
        if setstate is not None:
            setstate(state)
        else:
            for key, value in state.items():
                object.__setattr__(y, key, value)
    return y
"""#
}
