extension PythonLibrary {
    /// `import typing`, in Cellgrad Python (compiled on first import).
    static let typing = #"""
"""Type hints: the names of Python's typing module, accepted in annotations and inspectable
(get_origin, get_args, reprs as Python prints them). Nothing is checked at run time, as in
Python."""

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'NoneType'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class _SpecialForm:
    """Any, Union, Optional, ClassVar, Final, Literal…: names that are subscripted, not called."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias:
    """A subscripted generic: List[int], Dict[str, int], Callable[[int], str], Box[int]."""

    def __init__(self, origin, args, name=None, special=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special = special

    def __repr__(self):
        if self._name is not None:
            base = 'typing.' + self._name
        else:
            base = _type_repr(self.__origin__)
        if self._special is not None:
            return self._special(self)
        if self.__args__ is None:
            return base
        return base + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, type):
            return self.__origin__(*args, **kwargs)
        raise TypeError(f'Type {self!r} cannot be instantiated')

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _flatten_union(parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not parameters:
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in parameters:
        if p is None:
            p = type(None)
        if isinstance(p, _UnionAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    return tuple(flat)


def _union(form, parameters):
    args = _flatten_union(parameters)
    if len(args) == 1:
        return args[0]
    return _UnionAlias(Union, args)


def _optional(form, parameter):
    return Union[parameter, None]


def _one_argument(form, parameter):
    if isinstance(parameter, tuple):
        raise TypeError(f'{form} accepts only single type.')
    return _GenericAlias(form, (parameter,), form._name)


def _literal(form, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(form, parameters, 'Literal',
                         special=lambda a: 'typing.Literal[' + ', '.join(repr(x) for x in a.__args__) + ']')


def _annotated(form, parameters):
    if not isinstance(parameters, tuple) or len(parameters) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    alias = _GenericAlias(parameters[0], (parameters[0],), 'Annotated',
                          special=lambda a: 'typing.Annotated[' + _type_repr(parameters[0]) + ', '
                          + ', '.join(repr(x) for x in parameters[1:]) + ']')
    alias.__metadata__ = parameters[1:]
    return alias


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _one_argument)
Final = _SpecialForm('Final', _one_argument)
Literal = _SpecialForm('Literal', _literal)
Annotated = _SpecialForm('Annotated', _annotated)
TypeGuard = _SpecialForm('TypeGuard', _one_argument)


class _SpecialGeneric:
    """List, Dict, Tuple, Callable…: a bare name for a builtin or abstract type, subscriptable."""

    def __init__(self, origin, name, nparams):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._name == 'Callable':
            if not isinstance(params, tuple) or len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            args, result = params
            if args is ...:
                alias_args = (..., result)
            else:
                alias_args = tuple(args) + (result,)

            def show(a, args=args, result=result):
                shown = '...' if args is ... else '[' + ', '.join(_type_repr(x) for x in args) + ']'
                return f'typing.Callable[{shown}, {_type_repr(result)}]'
            alias = _GenericAlias(self.__origin__, alias_args, 'Callable', special=show)
            return alias
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams and not (self._name == 'Tuple'):
            word = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {word} arguments for {self!r}; actual {len(params)}, expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead')

    def __eq__(self, other):
        return isinstance(other, _SpecialGeneric) and self._name == other._name

    def __hash__(self):
        return hash(self._name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _AbstractType:
    """Stands in for a collections.abc class as the origin of Iterable[int] and the like."""

    def __init__(self, name):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = 'collections.abc'

    def __repr__(self):
        return f"<class 'collections.abc.{self.__name__}'>"


List = _SpecialGeneric(list, 'List', 1)
Dict = _SpecialGeneric(dict, 'Dict', 2)
Set = _SpecialGeneric(set, 'Set', 1)
FrozenSet = _SpecialGeneric(frozenset, 'FrozenSet', 1)
Tuple = _SpecialGeneric(tuple, 'Tuple', -1)
Type = _SpecialGeneric(type, 'Type', 1)
DefaultDict = _SpecialGeneric(dict, 'DefaultDict', 2)
Callable = _SpecialGeneric(_AbstractType('Callable'), 'Callable', -1)
Iterable = _SpecialGeneric(_AbstractType('Iterable'), 'Iterable', -1)
Iterator = _SpecialGeneric(_AbstractType('Iterator'), 'Iterator', -1)
Sequence = _SpecialGeneric(_AbstractType('Sequence'), 'Sequence', -1)
MutableSequence = _SpecialGeneric(_AbstractType('MutableSequence'), 'MutableSequence', -1)
Mapping = _SpecialGeneric(_AbstractType('Mapping'), 'Mapping', -1)
MutableMapping = _SpecialGeneric(_AbstractType('MutableMapping'), 'MutableMapping', -1)
Collection = _SpecialGeneric(_AbstractType('Collection'), 'Collection', -1)
Container = _SpecialGeneric(_AbstractType('Container'), 'Container', -1)
Generator = _SpecialGeneric(_AbstractType('Generator'), 'Generator', -1)
AbstractSet = _SpecialGeneric(_AbstractType('Set'), 'AbstractSet', -1)
MutableSet = _SpecialGeneric(_AbstractType('MutableSet'), 'MutableSet', -1)
Hashable = _SpecialGeneric(_AbstractType('Hashable'), 'Hashable', -1)
Sized = _SpecialGeneric(_AbstractType('Sized'), 'Sized', -1)
Reversible = _SpecialGeneric(_AbstractType('Reversible'), 'Reversible', -1)
Awaitable = _SpecialGeneric(_AbstractType('Awaitable'), 'Awaitable', -1)
Coroutine = _SpecialGeneric(_AbstractType('Coroutine'), 'Coroutine', -1)
AsyncIterator = _SpecialGeneric(_AbstractType('AsyncIterator'), 'AsyncIterator', -1)
AsyncIterable = _SpecialGeneric(_AbstractType('AsyncIterable'), 'AsyncIterable', -1)
KeysView = _SpecialGeneric(_AbstractType('KeysView'), 'KeysView', -1)
ValuesView = _SpecialGeneric(_AbstractType('ValuesView'), 'ValuesView', -1)
ItemsView = _SpecialGeneric(_AbstractType('ItemsView'), 'ItemsView', -1)
Text = str


class TypeVar:
    """A type variable: T = TypeVar('T'), printed ~T."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    """A parameter specification variable, standing for the parameters of a callable in generic signatures."""
    pass


class Generic:
    """Base of user generic classes: class Stack(Generic[T])."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            return cls
        return _GenericAlias(cls, params)


class Protocol(Generic):
    """Structural types: accepted as a base; isinstance checks are not supported."""


def runtime_checkable(cls):
    """Marks a Protocol class so that isinstance() and issubclass() can check it."""
    return cls


class NamedTuple(tuple):
    """class Point(NamedTuple): x: int; y: int = 0 — a namedtuple from annotations."""

    def __init_subclass__(cls):
        import collections
        fields = list(cls.__dict__.get('__annotations__', {}))
        defaults = [cls.__dict__[f] for f in fields if f in cls.__dict__]
        base = collections.namedtuple(cls.__name__, fields, defaults=defaults or None)
        for name in ['__new__', '_make', '_replace', '__repr__', '_asdict', '__getnewargs__',
                     '_fields', '_field_defaults', '__match_args__'] + fields:
            setattr(cls, name, base.__dict__[name])


class TypedDict(dict):
    """class Movie(TypedDict): name: str — its instances are plain dicts."""

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


def cast(typ, val):
    """Returns val unchanged; tells a type checker that it has type typ."""
    return val


def overload(func):
    """Decorator for the typed variants of a function; the undecorated definition that follows is the one called."""
    return func


def final(f):
    """Decorator marking a method that must not be overridden or a class that must not be subclassed (checked by type checkers only)."""
    return f


def no_type_check(f):
    """Decorator telling type checkers to skip the annotations of a function or class."""
    return f


def get_origin(tp):
    """The unsubscripted form of a generic type: get_origin(list[int]) is list; None for plain types."""
    if isinstance(tp, (_GenericAlias, _SpecialGeneric)):
        if isinstance(tp, _UnionAlias):
            return Union
        origin = tp.__origin__
        if isinstance(tp, _GenericAlias) and tp._name == 'Annotated':
            return Annotated
        return origin
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The type arguments of a subscripted type: get_args(dict[str, int]) is (str, int)."""
    if isinstance(tp, _GenericAlias):
        if tp._name == 'Callable' and tp.__args__ and tp.__args__[0] is not ...:
            return (list(tp.__args__[:-1]), tp.__args__[-1])
        if tp._name == 'Annotated':
            return (tp.__origin__,) + tp.__metadata__
        return tp.__args__ or ()
    return ()


_BUILTIN_NAMES = {t.__name__: t for t in (int, float, complex, str, bytes, bytearray, bool, list, tuple, dict, set,
                                           frozenset, object, type, range, slice, BaseException, Exception)}
_BUILTIN_NAMES['None'] = None
_BUILTIN_NAMES['True'] = True
_BUILTIN_NAMES['False'] = False


def _annotation_tokens(text):
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isalpha() or c == '_':
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == '_'):
                j += 1
            tokens.append(('name', text[i:j]))
            i = j
        elif c.isdigit() or (c == '-' and i + 1 < len(text) and text[i + 1].isdigit()):
            j = i + 1
            while j < len(text) and (text[j].isdigit() or text[j] == '.'):
                j += 1
            tokens.append(('number', float(text[i:j]) if '.' in text[i:j] else int(text[i:j])))
            i = j
        elif c in '\'"':
            j = text.find(c, i + 1)
            if j < 0:
                raise SyntaxError(f'unterminated string literal in the annotation {text!r}')
            tokens.append(('string', text[i + 1:j]))
            i = j + 1
        elif text.startswith('...', i):
            tokens.append(('op', '...'))
            i += 3
        elif c in '[](),.|':
            tokens.append(('op', c))
            i += 1
        else:
            raise SyntaxError(f'cannot evaluate the annotation {text!r} in Cellgrad (unexpected {c!r})')
    return tokens


class _AnnotationReader:
    """Evaluates the expressions annotations hold (names, attributes, subscripts, unions,
    literals): Cellgrad has no eval(), and forward references need one."""

    def __init__(self, text, lookup):
        self.text = text
        self.tokens = _annotation_tokens(text)
        self.at = 0
        self.lookup = lookup

    def peek(self):
        return self.tokens[self.at] if self.at < len(self.tokens) else (None, None)

    def take(self, op=None):
        token = self.peek()
        if op is not None and token != ('op', op):
            raise SyntaxError(f'cannot evaluate the annotation {self.text!r}')
        self.at += 1
        return token

    def read(self):
        value = self.union()
        if self.at != len(self.tokens):
            raise SyntaxError(f'cannot evaluate the annotation {self.text!r}')
        return value

    def union(self):
        value = self.postfix()
        while self.peek() == ('op', '|'):
            self.take()
            value = Union[value, self.postfix()]
        return value

    def postfix(self):
        value = self.atom()
        while True:
            token = self.peek()
            if token == ('op', '.'):
                self.take()
                kind, name = self.take()
                if kind != 'name':
                    raise SyntaxError(f'cannot evaluate the annotation {self.text!r}')
                value = getattr(value, name)
            elif token == ('op', '['):
                self.take()
                items = self.items(']')
                value = value[items[0] if len(items) == 1 else tuple(items)]
            else:
                return value

    def items(self, close):
        items = []
        while self.peek() != ('op', close):
            items.append(self.union())
            if self.peek() == ('op', ','):
                self.take()
            elif self.peek() != ('op', close):
                raise SyntaxError(f'cannot evaluate the annotation {self.text!r}')
        self.take(close)
        return items

    def atom(self):
        kind, value = self.take()
        if kind == 'name':
            return self.lookup(value)
        if kind == 'string':
            return _evaluate_text(value, self.lookup)
        if kind == 'number':
            return value
        if value == '...':
            return ...
        if value == '[':
            return self.items(']')
        if value == '(':
            items = self.items(')')
            return items[0] if len(items) == 1 else tuple(items)
        raise SyntaxError(f'cannot evaluate the annotation {self.text!r}')


def _evaluate_text(text, lookup):
    return _AnnotationReader(text, lookup).read()


def _evaluate_hint(value, globalns, localns):
    # As CPython: None stands for its type; a string (a forward reference, or every annotation
    # under `from __future__ import annotations`) is evaluated in the owner's namespaces, then
    # the notebook's globals, then the builtins.
    if value is None:
        return type(None)
    if isinstance(value, str):
        def lookup(name):
            for namespace in (localns, globalns):
                if namespace is not None and name in namespace:
                    return namespace[name]
            import _main
            try:
                return _main.lookup(name)
            except AttributeError:
                pass
            if name in _BUILTIN_NAMES:
                return _BUILTIN_NAMES[name]
            raise NameError(f"name '{name}' is not defined")
        result = _evaluate_text(value, lookup)
        return type(None) if result is None else result
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, a class (and its bases) or a module, with string
    annotations evaluated."""
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            annotations = klass.__dict__.get('__annotations__', {})
            # The class's own names come first, as in its body.
            base_locals = dict(vars(klass)) if localns is None else localns
            for name, value in annotations.items():
                hints[name] = _evaluate_hint(value, globalns, base_locals)
        return hints
    for name, value in (getattr(obj, '__annotations__', {}) or {}).items():
        hints[name] = _evaluate_hint(value, globalns, localns)
    return hints


def NewType(name, tp):
    """A distinct name for a type that checkers treat as a subtype; at run time it returns its argument unchanged."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type
"""#
}
