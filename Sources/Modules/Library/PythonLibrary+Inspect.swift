extension PythonLibrary {
    /// `import inspect`, in Cellgrad Python (compiled on first import): signatures of
    /// functions, methods and classes, and the is*() predicates.
    static let inspect = #"""
"""Inspecting live objects: signature() of functions, methods and classes, and the is*()
predicates."""

import _inspect
from collections import OrderedDict, namedtuple
from keyword import iskeyword

__all__ = ['signature', 'Signature', 'Parameter', 'BoundArguments', 'isclass', 'isfunction',
           'ismethod', 'ismodule', 'isbuiltin', 'isroutine', 'isgeneratorfunction', 'isgenerator',
           'getdoc', 'cleandoc', 'getmembers', 'formatannotation', 'getsource', 'getmro', 'unwrap',
           'get_annotations', 'isabstract', 'getfullargspec', 'getcallargs', 'getmodule']


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind:
    def __init__(self, name, value, description):
        self.name = name
        self.value = value
        self.description = description

    def __repr__(self):
        return f'<_ParameterKind.{self.name}: {self.value}>'

    def __str__(self):
        return self.name

    def __eq__(self, other):
        if isinstance(other, _ParameterKind):
            return self.value == other.value
        return self.value == other

    def __lt__(self, other):
        return self.value < (other.value if isinstance(other, _ParameterKind) else other)

    def __hash__(self):
        return hash(self.value)

    def __int__(self):
        return self.value


_POSITIONAL_ONLY = _ParameterKind('POSITIONAL_ONLY', 0, 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind('POSITIONAL_OR_KEYWORD', 1, 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind('VAR_POSITIONAL', 2, 'variadic positional')
_KEYWORD_ONLY = _ParameterKind('KEYWORD_ONLY', 3, 'keyword-only')
_VAR_KEYWORD = _ParameterKind('VAR_KEYWORD', 4, 'variadic keyword')
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if not isinstance(kind, _ParameterKind):
            if kind not in (0, 1, 2, 3, 4):
                raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
            kind = _KINDS[kind]
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = f'{text} = {self._default!r}'
            else:
                text = f'{text}={self._default!r}'
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind.value, self._annotation, self._default))


class BoundArguments:
    """The result of Signature.bind: arguments by parameter name."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                    started = True
                elif param.kind != _VAR_POSITIONAL:
                    continue
                else:
                    continue
            if name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            elif param.kind != _VAR_POSITIONAL:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif param.default is not _empty:
                new[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                new[name] = ()
            elif param.kind == _VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __repr__(self):
        args = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<{type(self).__name__} ({args})>'

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments


class Signature:
    """A callable's parameters (an ordered mapping by name) and return annotation."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        params = OrderedDict()
        if parameters is not None:
            kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                if param.kind < kind:
                    raise ValueError(f'wrong parameter order: {kind.description} parameter before '
                                     f'{param.kind.description} parameter')
                kind = param.kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if param.name in params:
                    raise ValueError(f'duplicate parameter name: {param.name!r}')
                params[param.name] = param
        self._parameters = params
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        return type(self)(list(self._parameters.values()) if parameters is _void else parameters,
                          return_annotation=(self._return_annotation if return_annotation is _void
                                             else return_annotation))

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(str(param))
        if render_pos_only_separator:
            result.append('/')
        text = '({})'.format(', '.join(result))
        if self._return_annotation is not _empty:
            text += f' -> {formatannotation(self._return_annotation)}'
        return text

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.items()) == list(other._parameters.items()))

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        i = 0
        for param in params:
            if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if i < len(args):
                    arguments[param.name] = args[i]
                    i += 1
            elif param.kind == _VAR_POSITIONAL:
                if i < len(args):
                    arguments[param.name] = tuple(args[i:])
                    i = len(args)
        if i < len(args):
            raise TypeError('too many positional arguments')
        for param in params:
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.kind == _VAR_KEYWORD:
                if kwargs:
                    arguments[param.name] = kwargs
                    kwargs = {}
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    continue
                if param.name in arguments:
                    raise TypeError(f'multiple values for argument {param.name!r}')
                arguments[param.name] = kwargs.pop(param.name)
            elif param.name not in arguments and not partial and param.default is _empty:
                kind = 'keyword-only ' if param.kind == _KEYWORD_ONLY else ''
                raise TypeError(f'missing a required {kind}argument: {param.name!r}')
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError(f'got an unexpected keyword argument {name!r}')
        ordered = {}
        for param in params:
            if param.name in arguments:
                ordered[param.name] = arguments[param.name]
        return BoundArguments(self, ordered)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature(obj, follow_wrapped)


def _function_signature(func):
    parts = _inspect.parameters(func)
    annotations = getattr(func, '__annotations__', None) or {}
    params = [Parameter(name, _KINDS[kind], default=default if has_default else _empty,
                        annotation=annotations.get(name, _empty))
              for name, kind, has_default, default in parts]
    return Signature(params, return_annotation=annotations.get('return', _empty))


class _DefaultSource:
    """A built-in's default that is not a literal, shown as its source text."""

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


def _native_default(text):
    try:
        return eval(text, {})
    except Exception:
        return _DefaultSource(text)


def _native_signature(func):
    parts = _inspect.native_parameters(func)
    if parts is None:
        return None
    return Signature([Parameter(name, _KINDS[kind], default=_empty if text is None else _native_default(text))
                      for name, kind, text in parts])


def _has_signature(func):
    return _inspect.parameters(func) is not None or _inspect.native_parameters(func) is not None


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD):
        return sig
    return sig.replace(parameters=params[1:])


def _signature(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if follow_wrapped:
        while hasattr(obj, '__wrapped__') and not isinstance(obj, type):
            obj = obj.__wrapped__
    sig = getattr(obj, '__signature__', None)
    if isinstance(sig, Signature):
        return sig
    if ismethod(obj):
        return _drop_first(_signature(obj.__func__, follow_wrapped))
    if _inspect.parameters(obj) is not None:
        return _function_signature(obj)
    native = _native_signature(obj)
    if native is not None:
        return native
    if isinstance(obj, type):
        for klass in obj.__mro__:
            if '__init__' in klass.__dict__ and _has_signature(klass.__dict__['__init__']):
                return _drop_first(_signature(klass.__dict__['__init__'], follow_wrapped))
            if '__new__' in klass.__dict__ and _has_signature(klass.__dict__['__new__']):
                return _drop_first(_signature(klass.__dict__['__new__'], follow_wrapped))
        if obj.__mro__[-2:] == (obj, object) or len(obj.__mro__) <= 2:
            return Signature()
        raise ValueError(f'no signature found for builtin type {obj!r}')
    if type(obj).__name__ == 'partial' and hasattr(obj, 'func'):
        sig = _signature(obj.func, follow_wrapped)
        bound = sig.bind_partial(*obj.args, **obj.keywords)
        params = []
        for param in sig.parameters.values():
            if param.name in bound.arguments and param.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
                if param.name in obj.keywords:
                    params.append(param.replace(kind=_KEYWORD_ONLY, default=bound.arguments[param.name]))
                continue
            if param.kind == _VAR_POSITIONAL and param.name in bound.arguments:
                params.append(param)
                continue
            params.append(param)
        return sig.replace(parameters=params)
    if not isinstance(obj, type) and not isroutine(obj):
        call = getattr(type(obj), '__call__', None)
        if call is not None and _has_signature(call):
            return _drop_first(_signature(call, follow_wrapped))
    raise ValueError(f'no signature found for builtin {obj!r}')


def signature(obj, *, follow_wrapped=True):
    """The Signature of a function, method, class (its __init__) or callable object."""
    return _signature(obj, follow_wrapped)


def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return _inspect.parameters(obj) is not None


def ismethod(obj):
    return type(obj).__name__ == 'method' and hasattr(obj, '__func__')


def ismodule(obj):
    return type(obj).__name__ == 'module'


def isbuiltin(obj):
    return type(obj).__name__ == 'builtin_function_or_method'


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj)


def isgeneratorfunction(obj):
    while ismethod(obj):
        obj = obj.__func__
    return _inspect.is_generator_function(obj)


def isgenerator(obj):
    return type(obj).__name__ == 'generator'


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if margin is not None:
        lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    else:
        lines = [lines[0].lstrip()] + lines[1:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmembers(obj, predicate=None):
    results = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    seen = {id(func)}
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(func))
    return func


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        annotations = obj.__dict__.get('__annotations__', None)
    elif callable(obj) or ismodule(obj):
        annotations = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if annotations is None:
        return {}
    if not isinstance(annotations, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not eval_str:
        return dict(annotations)
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in annotations.items()}


def isabstract(obj):
    return isinstance(obj, type) and bool(getattr(obj, '__abstractmethods__', False))


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    kind = type(obj)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    kind = type(obj)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def iscoroutinefunction(obj):
    """Always False: Cellgrad has no async def."""
    return False


def isasyncgenfunction(obj):
    """Always False: Cellgrad has no async def."""
    return False


def iscoroutine(obj):
    return False


def isasyncgen(obj):
    return False


def isawaitable(obj):
    return False


def getmodule(obj):
    import sys
    name = getattr(obj, '__module__', None)
    if ismodule(obj):
        return obj
    return sys.modules.get(name) if name else None


FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    try:
        sig = _signature(func, False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, kwonlyargs, defaults = [], [], ()
    varargs = varkw = None
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        name = param.name
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif param.kind == _VAR_POSITIONAL:
            varargs = name
        elif param.kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def getcallargs(func, /, *positional, **named):
    bound = signature(func).bind(*positional, **named)
    bound.apply_defaults()
    return dict(bound.arguments)


def getsource(obj):
    raise NotImplementedError('inspect.getsource is not supported in Cellgrad')
"""#
}
