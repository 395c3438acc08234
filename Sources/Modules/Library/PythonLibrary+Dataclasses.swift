extension PythonLibrary {
    /// `import dataclasses`, in Cellgrad Python (compiled on first import).
    static let dataclasses = #"""
"""@dataclass: __init__, __repr__, __eq__ (and order, frozen, hash) from a class's annotations."""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is assigned or deleted."""
    pass


class InitVar:
    """Marks a pseudo-field passed to __init__ and __post_init__ but not stored: x: InitVar[int]."""
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return f'dataclasses.InitVar[{getattr(self.type, "__name__", self.type)!r}]'


class Field:
    """What field() describes: a default or factory and whether the field takes part in
    __init__, repr, comparison and hash."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type=_FIELD)')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes one dataclass field: its default or default_factory, and whether it is in init, repr, compare and hash."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith('typing.ClassVar') or text.startswith('ClassVar')


def _collect_fields(cls, kw_only_default):
    collected = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, '__dataclass_fields__', {}).values():
            collected[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only = kw_only_default
    for name, annotation in annotations.items():
        if annotation is KW_ONLY:
            kw_only = True
            continue
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = annotation
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                             'use default_factory')
        # The class attribute keeps a plain default; a field() object is replaced by it.
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        collected[name] = f
    return collected


def _init_parameters(flds):
    positional = [f for f in flds if f.init and not f.kw_only]
    keyword = [f for f in flds if f.init and f.kw_only]
    seen_default = False
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    return positional, keyword


def _listing(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_init(cls, flds, frozen):
    positional, keyword = _init_parameters(flds)
    qualname = cls.__qualname__
    names = [f.name for f in positional]
    required = sum(1 for f in positional if f.default is MISSING and f.default_factory is MISSING)
    has_post_init = hasattr(cls, '__post_init__')
    assign = object.__setattr__ if frozen else setattr

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            if required == len(positional):
                expected = f'{len(positional) + 1}'
            else:
                expected = f'from {required + 1} to {len(positional) + 1}'
            were = 'was' if len(args) + 1 == 1 else 'were'
            raise TypeError(f'{qualname}.__init__() takes {expected} positional arguments '
                            f'but {len(args) + 1} {were} given')
        for key in kwargs:
            if key in names[:len(args)]:
                raise TypeError(f'{qualname}.__init__() got multiple values for argument {key!r}')
            if key not in names and not any(f.name == key for f in keyword):
                raise TypeError(f'{qualname}.__init__() got an unexpected keyword argument {key!r}')
        values = {}
        missing = []
        for i, f in enumerate(positional):
            if i < len(args):
                values[f.name] = args[i]
            elif f.name in kwargs:
                values[f.name] = kwargs[f.name]
            elif f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            else:
                missing.append(f.name)
        if missing:
            word = 'argument' if len(missing) == 1 else 'arguments'
            raise TypeError(f'{qualname}.__init__() missing {len(missing)} required positional '
                            f'{word}: {_listing(missing)}')
        missing = []
        for f in keyword:
            if f.name in kwargs:
                values[f.name] = kwargs[f.name]
            elif f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            else:
                missing.append(f.name)
        if missing:
            word = 'argument' if len(missing) == 1 else 'arguments'
            raise TypeError(f'{qualname}.__init__() missing {len(missing)} required keyword-only '
                            f'{word}: {_listing(missing)}')
        for f in flds:
            if f.name in values:
                assign(self, f.name, values[f.name])
            elif not f.init:
                if f.default is not MISSING:
                    assign(self, f.name, f.default)
                elif f.default_factory is not MISSING:
                    assign(self, f.name, f.default_factory())
        if has_post_init:
            self.__post_init__()
    return __init__


def _set_method(cls, name, function):
    function.__name__ = name
    function.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, function)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    flds_map = _collect_fields(cls, kw_only)
    flds = list(flds_map.values())
    cls.__dataclass_fields__ = flds_map
    cls.__dataclass_params__ = {'init': init, 'repr': repr, 'eq': eq, 'order': order,
                                'unsafe_hash': unsafe_hash, 'frozen': frozen}
    if init:
        _set_method(cls, '__init__', _make_init(cls, flds, frozen))
    if repr:
        shown = [f.name for f in flds if f.repr]

        def __repr__(self):
            inner = ', '.join(f'{name}={getattr(self, name)!r}' for name in shown)
            return f'{self.__class__.__qualname__}({inner})'
        _set_method(cls, '__repr__', __repr__)
    compared = [f.name for f in flds if f.compare]

    def as_tuple(obj):
        return tuple(getattr(obj, name) for name in compared)
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) == as_tuple(other)
            return NotImplemented
        _set_method(cls, '__eq__', __eq__)
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')

        def comparer(op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(as_tuple(self), as_tuple(other))
                return NotImplemented
            return method
        _set_method(cls, '__lt__', comparer(lambda a, b: a < b))
        _set_method(cls, '__le__', comparer(lambda a, b: a <= b))
        _set_method(cls, '__gt__', comparer(lambda a, b: a > b))
        _set_method(cls, '__ge__', comparer(lambda a, b: a >= b))
    if frozen:
        def __setattr__(self, name, value):
            if name in flds_map:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if name in flds_map:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            object.__delattr__(self, name)
        _set_method(cls, '__setattr__', __setattr__)
        _set_method(cls, '__delattr__', __delattr__)
    hashed = [f.name for f in flds if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(tuple(getattr(self, name) for name in hashed))
        _set_method(cls, '__hash__', __hash__)
    elif eq and '__hash__' not in cls.__dict__:
        cls.__hash__ = None
    if match_args:
        cls.__match_args__ = tuple(f.name for f in flds if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Class decorator that adds __init__, __repr__ and __eq__ (and, on request, ordering, hashing, frozen fields) from the class's annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    """True when obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def fields(class_or_instance):
    """A tuple of Field objects describing the fields of a dataclass or of an instance of one."""
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(flds.values())


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def _asdict(obj, factory):
    if _is_instance(obj):
        return factory([(f.name, _asdict(getattr(obj, f.name), factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict(k, factory), _asdict(v, factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dict of the dataclass instance's fields, converting nested dataclasses, lists, tuples and dicts recursively."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict(obj, dict_factory)


def _astuple(obj):
    if _is_instance(obj):
        return tuple(_astuple(getattr(obj, f.name)) for f in fields(obj))
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple(k), _astuple(v)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A tuple of the dataclass instance's field values, converting nested dataclasses recursively."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory(_astuple(obj))


def replace(obj, /, **changes):
    """A new instance of the same dataclass with the given fields changed."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """Creates a new dataclass named cls_name with the given fields (names or (name, type[, field]) tuples)."""
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            namespace[item[0]] = item[2]
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases or (object,), namespace)
    return dataclass(cls, **options)
"""#
}
