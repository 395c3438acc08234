extension PythonLibrary {
    /// `import operator`, in Cellgrad Python (compiled on first import).
    static let operatorModule = #"""
"""Python's operators as functions (add, mul, getitem, …) and the key makers itemgetter,
attrgetter and methodcaller."""

_builtin_abs = abs


def lt(a, b):
    """Same as a < b."""
    return a < b
def le(a, b):
    """Same as a <= b."""
    return a <= b
def eq(a, b):
    """Same as a == b."""
    return a == b
def ne(a, b):
    """Same as a != b."""
    return a != b
def ge(a, b):
    """Same as a >= b."""
    return a >= b
def gt(a, b):
    """Same as a > b."""
    return a > b
def not_(a):
    """Same as not a."""
    return not a
def truth(a):
    """True when a is true, False otherwise: bool(a)."""
    return True if a else False
def is_(a, b):
    """Same as a is b."""
    return a is b
def is_not(a, b):
    """Same as a is not b."""
    return a is not b
def abs(a):
    """Same as abs(a)."""
    return _builtin_abs(a)
def add(a, b):
    """Same as a + b."""
    return a + b
def and_(a, b):
    """Same as a & b."""
    return a & b
def floordiv(a, b):
    """Same as a // b."""
    return a // b
def index(a):
    """Same as a.__index__()."""
    return a.__index__()
def inv(a):
    """Same as ~a."""
    return ~a
invert = inv
def lshift(a, b):
    """Same as a << b."""
    return a << b
def mod(a, b):
    """Same as a % b."""
    return a % b
def mul(a, b):
    """Same as a * b."""
    return a * b
def matmul(a, b):
    """Same as a @ b."""
    return a @ b
def neg(a):
    """Same as -a."""
    return -a
def or_(a, b):
    """Same as a | b."""
    return a | b
def pos(a):
    """Same as +a."""
    return +a
def pow(a, b):
    """Same as a ** b."""
    return a ** b
def rshift(a, b):
    """Same as a >> b."""
    return a >> b
def sub(a, b):
    """Same as a - b."""
    return a - b
def truediv(a, b):
    """Same as a / b."""
    return a / b
def xor(a, b):
    """Same as a ^ b."""
    return a ^ b


def concat(a, b):
    """Same as a + b, for sequences."""
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b):
    """Same as b in a (note the reversed operands)."""
    return b in a


def countOf(a, b):
    """The number of items of a equal to b."""
    return sum(1 for x in a if x is b or x == b)


def delitem(a, b):
    """Same as del a[b]."""
    del a[b]


def getitem(a, b):
    """Same as a[b]."""
    return a[b]


def indexOf(a, b):
    """The index of the first item of a equal to b; ValueError when there is none."""
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    """Same as a[b] = c."""
    a[b] = c


def length_hint(obj, default=0):
    """An estimate of the number of items of obj: len(obj) when defined, else __length_hint__(), else default."""
    try:
        return len(obj)
    except TypeError:
        return default


def call(obj, /, *args, **kwargs):
    """Same as obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


def iadd(a, b):
    """Same as a += b."""
    a += b
    return a


def iand(a, b):
    """Same as a &= b."""
    a &= b
    return a


def iconcat(a, b):
    """Same as a += b, for sequences."""
    a += b
    return a


def ifloordiv(a, b):
    """Same as a //= b."""
    a //= b
    return a


def ilshift(a, b):
    """Same as a <<= b."""
    a <<= b
    return a


def imod(a, b):
    """Same as a %= b."""
    a %= b
    return a


def imul(a, b):
    """Same as a *= b."""
    a *= b
    return a


def imatmul(a, b):
    """Same as a @= b."""
    a @= b
    return a


def ior(a, b):
    """Same as a |= b."""
    a |= b
    return a


def ipow(a, b):
    """Same as a **= b."""
    a **= b
    return a


def irshift(a, b):
    """Same as a >>= b."""
    a >>= b
    return a


def isub(a, b):
    """Same as a -= b."""
    a -= b
    return a


def itruediv(a, b):
    """Same as a /= b."""
    a /= b
    return a


def ixor(a, b):
    """Same as a ^= b."""
    a ^= b
    return a


class itemgetter:
    """itemgetter(1)(row) == row[1]; itemgetter(0, 2)(row) == (row[0], row[2])."""

    def __init__(self, item, *items):
        self._items = (item,) + items

    def __call__(self, obj, /):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return f'operator.itemgetter({", ".join(map(repr, self._items))})'


class attrgetter:
    """attrgetter('name')(obj) == obj.name; dotted names follow the chain."""

    def __init__(self, attr, *attrs):
        for a in (attr,) + attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')
        self._attrs = (attr,) + attrs

    def _resolve(self, obj, attr):
        for name in attr.split('.'):
            obj = getattr(obj, name)
        return obj

    def __call__(self, obj, /):
        if len(self._attrs) == 1:
            return self._resolve(obj, self._attrs[0])
        return tuple(self._resolve(obj, a) for a in self._attrs)

    def __repr__(self):
        return f'operator.attrgetter({", ".join(map(repr, self._attrs))})'


class methodcaller:
    """methodcaller('split', ',')(s) == s.split(',')."""

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend(f'{k}={v!r}' for k, v in self._kwargs.items())
        return f'operator.methodcaller({", ".join(parts)})'


__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__add__ = add
__sub__ = sub
__mul__ = mul
__truediv__ = truediv
__floordiv__ = floordiv
__mod__ = mod
__pow__ = pow
__neg__ = neg
__getitem__ = getitem
"""#
}
