extension PythonLibrary {
    /// `import warnings`, in Cellgrad Python (compiled on first import).
    static let warnings = #"""
"""Warnings: warn() shows a message on stderr once per place (by default), as filters say,
naming the line of the caller `stacklevel` frames out, with its source line.
"""

import sys
import _warnings

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_registries = {}
_filters_version = 1


class WarningMessage:
    """One recorded warning (catch_warnings(record=True) collects these)."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f'{{message : {self.message!r}, category : {self._category_name!r}, '
                f'filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}')


def formatwarning(message, category, filename, lineno, line=None):
    text = f'{filename}:{lineno}: {category.__name__}: {message}\n'
    if line is None:
        line = _warnings.source_line(filename, lineno)
    if line:
        text += f'  {line.strip()}\n'
    return text


def _current_showwarning():
    # A cell's `warnings.showwarning = f` sets the module's attribute, which this module's
    # own global does not see in Cellgrad; catch_warnings(record=True) sets the global.
    import warnings as module
    if showwarning is not _showwarning_default:
        return showwarning
    return module.showwarning


def _showwarnmsg(msg):
    current = _current_showwarning()
    if current is not _showwarning_default:
        current(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    file = msg.file if msg.file is not None else sys.stderr
    try:
        file.write(formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    msg = WarningMessage(message, category, filename, lineno, file, line)
    file = msg.file if msg.file is not None else sys.stderr
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


_showwarning_default = showwarning


def _compile(text):
    if not text:
        return None
    import re
    return re.compile(text, re.I)


def _add_filter(item, append):
    global _filters_version
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version += 1


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    assert action in _ACTIONS, f'invalid action: {action!r}'
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    module_pattern = None
    if module:
        import re
        module_pattern = re.compile(module)
    _add_filter((action, _compile(message), category, module_pattern, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    assert action in _ACTIONS, f'invalid action: {action!r}'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    global _filters_version
    filters[:] = []
    _filters_version += 1


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f'category must be a Warning subclass, not {type(category).__name__!r}')
    # Level 0 is this function; a stacklevel past the outermost frame names 'sys', line 1.
    place = _warnings.caller(max(stacklevel, 1))
    filename, lineno, module = place if place is not None else ('sys', 1, 'sys')
    registry = _registries.get(module)
    if registry is None:
        registry = _registries[module] = {}
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == 'module':
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == 'default':
        registry[key] = 1
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit; with
    record=True, warnings are collected into the list that __enter__ returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        global _filters_version, showwarning
        if self._entered:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._entered = True
        self._saved_filters = filters[:]
        self._saved_showwarning = showwarning
        import warnings as module
        self._saved_module_showwarning = module.showwarning
        _filters_version += 1
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))

            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global _filters_version, showwarning
        if not self._entered:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        filters[:] = self._saved_filters
        showwarning = self._saved_showwarning
        import warnings as module
        module.showwarning = self._saved_module_showwarning
        _filters_version += 1
"""#
}
