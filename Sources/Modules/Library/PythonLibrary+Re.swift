extension PythonLibrary {
    /// `import re`, in Cellgrad Python (compiled on first import).
    static let re = #"""
"""Regular expressions with Python's syntax and API, matched by PCRE2 (through _regex).

Python's syntax is translated where PCRE2 differs (\\Z, {,n}, \\uXXXX); match positions are
code points, as in Python; empty matches follow Python 3.7+ rules in findall, sub and split.
"""

import _regex

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S',
           'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG']


def _flag_repr(value):
    """How Python prints a flag combination: re.IGNORECASE|re.MULTILINE."""
    if value == 0:
        return 're.NOFLAG'
    names = []
    for bit, name in _FLAG_NAMES:
        if value & bit:
            names.append('re.' + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return '|'.join(names)


_FLAG_NAMES = [(2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII')]

# The flags are plain ints here (Python's are an IntFlag enum, printed by name).
NOFLAG = 0
A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
DEBUG = 128


class error(Exception):
    """A pattern (or a replacement template) that cannot be used: msg, pattern and pos."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            self.lineno = pattern[:pos].count('\n') + 1
            self.colno = pos - pattern[:pos].rfind('\n')
            msg = f'{msg} at position {pos}'
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


PatternError = error

_HEX = '0123456789abcdefABCDEF'


def _translate(pattern):
    """Python's pattern syntax in PCRE2's: the same but for a few escapes and `{,n}`."""
    out = []
    i = 0
    n = len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == '\\' and i + 1 < n:
            nxt = pattern[i + 1]
            if nxt == 'Z' and not in_class:
                out.append('\\z')
                i += 2
                continue
            if nxt in 'uU':
                width = 4 if nxt == 'u' else 8
                digits = pattern[i + 2:i + 2 + width]
                if len(digits) != width or not all(c in _HEX for c in digits):
                    raise error(f'incomplete escape \\{nxt}{digits}', pattern, i)
                out.append('\\x{' + digits + '}')
                i += 2 + width
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if ch == ']':
                in_class = False
            elif ch == '[' and pattern[i + 1:i + 2] == ':':
                # A literal '[' in a Python class: PCRE2 would read "[:" as a POSIX class.
                out.append('\\[')
                i += 1
                continue
            out.append(ch)
            i += 1
            continue
        if ch == '[':
            in_class = True
            out.append(ch)
            i += 1
            # A ']' first in the class (after an optional '^') is literal, in both syntaxes.
            if i < n and pattern[i] == '^':
                out.append('^')
                i += 1
            if i < n and pattern[i] == ']':
                out.append('\\]')
                i += 1
            continue
        if ch == '{' and pattern[i + 1:i + 2] == ',':
            j = i + 2
            while j < n and pattern[j].isdigit():
                j += 1
            if j < n and pattern[j] == '}' and j > i + 2:
                out.append('{0,' + pattern[i + 2:j] + '}')
                i = j + 1
                continue
        out.append(ch)
        i += 1
    return ''.join(out)


def _scan_brackets(pattern):
    """Where parentheses and sets go wrong: (first stray ')', innermost unclosed '(',
    unclosed '['), each a position or None."""
    stack = []
    stray = None
    set_start = None
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == '\\':
            i += 2
            continue
        if set_start is not None:
            if ch == ']' and i > set_start + 1 and not (i == set_start + 2 and pattern[set_start + 1] == '^'):
                set_start = None
            i += 1
            continue
        if ch == '[':
            set_start = i
        elif ch == '(':
            stack.append(i)
        elif ch == ')':
            if stack:
                stack.pop()
            elif stray is None:
                stray = i
        i += 1
    return stray, (stack[-1] if stack else None), set_start


def _compile_error(pattern, code, offset, message):
    stray, unclosed, open_set = _scan_brackets(pattern)
    if code == 106 and open_set is not None:
        return error('unterminated character set', pattern, open_set)
    if code == 114 and unclosed is not None:
        return error('missing ), unterminated subpattern', pattern, unclosed)
    if code == 122 and stray is not None:
        return error('unbalanced parenthesis', pattern, stray)
    if code == 109:
        pos = offset
        if pattern[pos:pos + 1] not in ('*', '+', '?', '{'):
            brace = pattern.rfind('{', 0, pos + 1)
            pos = brace if brace >= 0 else pos
        if pos > 0 and pattern[pos - 1] in '*+?}' and not (pos > 1 and pattern[pos - 2] == '\\'):
            return error('multiple repeat', pattern, pos)
        return error('nothing to repeat', pattern, pos)
    if code == 103:
        pos = max(offset - 2, 0)
        return error('bad escape ' + pattern[pos:pos + 2], pattern, pos)
    if code == 101:
        return error('bad escape (end of pattern)', pattern, len(pattern) - 1)
    if code == 104:
        return error('min repeat greater than max repeat', pattern, pattern.rfind('{', 0, offset) + 1)
    if code == 108:
        pos = max(offset - 2, 0)
        return error('bad character range ' + pattern[pos:offset + 1], pattern, pos)
    if code == 115:
        name = pattern[offset:].split(')', 1)[0]
        return error(f'unknown group name {name!r}', pattern, offset)
    if code == 144:
        name = pattern[offset:].split('>', 1)[0]
        return error(f'bad character in group name {name!r}', pattern, offset)
    if code == 141:
        pos = max(offset - 2, 0)
        return error('unknown extension ' + pattern[pos:offset + 1], pattern, pos)
    if code == 125:
        return error('look-behind requires fixed-width pattern')
    return error(message, pattern, offset)


class Pattern:
    """A compiled regular expression: re.compile(pattern, flags)."""

    def __init__(self, pattern, flags):
        if not isinstance(pattern, str):
            if isinstance(pattern, bytes):
                raise NotImplementedError('bytes patterns are not supported by re in Cellgrad; '
                                          'decode to str first')
            raise TypeError('first argument must be string or compiled pattern')
        flags = int(flags)
        if flags & ASCII and flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        if not flags & ASCII:
            flags |= UNICODE
        options = 0 if flags & ASCII else _regex.UCP
        if flags & IGNORECASE:
            options |= _regex.CASELESS
        if flags & MULTILINE:
            options |= _regex.MULTILINE
        if flags & DOTALL:
            options |= _regex.DOTALL
        if flags & VERBOSE:
            options |= _regex.EXTENDED
        try:
            self._code, self.groups, self.groupindex = _regex.compile(_translate(pattern), options)
        except ValueError as e:
            code, offset, message = str(e).split('|', 2)
            raise _compile_error(pattern, int(code), int(offset), message) from None
        self.pattern = pattern
        self.flags = flags
        self._names = {number: name for name, number in self.groupindex.items()}

    def __repr__(self):
        shown = self.flags & ~UNICODE
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if shown:
            return f're.compile({text}, {_flag_repr(shown)})'
        return f're.compile({text})'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and int(self.flags) == int(other.flags)

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    # search(string, pos=0, endpos=None), match(...), fullmatch(...): native, no Python frame.
    search = _regex.pattern_search
    match = _regex.pattern_match
    fullmatch = _regex.pattern_fullmatch

    def finditer(self, string, pos=0, endpos=None):
        return iter(_regex.all(self._code, self, string, pos, endpos, 0))

    def findall(self, string, pos=0, endpos=None):
        return _regex.findall(self._code, self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        if maxsplit < 0:
            return [string]
        pieces = []
        last = 0
        for m in _regex.all(self._code, self, string, 0, None, maxsplit):
            start, end = m.span()
            pieces.append(string[last:start])
            pieces.extend(m.groups())
            last = end
        pieces.append(string[last:])
        return pieces

    def subn(self, repl, string, count=0):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        if not callable(repl):
            repl = _parse_template(self, repl)
        return _regex.subn(self._code, self, repl, string, count)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner is not available in Cellgrad; use finditer')


Match = _regex.Match


_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                     'v': '\v', '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _parse_template(pattern, template):
    """A replacement template as a list of literal strings and group numbers."""
    if not isinstance(template, str):
        raise TypeError(f'expected str instance, {type(template).__name__} found')
    items = []
    literal = []
    i = 0
    n = len(template)

    def group_number(text, at):
        if text.isdigit():
            number = int(text)
            if number > pattern.groups:
                raise error(f'invalid group reference {number}', template, at)
            return number
        if text in pattern.groupindex:
            return pattern.groupindex[text]
        if text.isidentifier():
            raise IndexError(f'unknown group name {text!r}')
        raise error(f'bad character in group name {text!r}', template, at)

    while i < n:
        ch = template[i]
        if ch != '\\':
            literal.append(ch)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', template, i)
        nxt = template[i + 1]
        if nxt == 'g':
            close = template.find('>', i + 3)
            if template[i + 2:i + 3] != '<':
                raise error('missing <', template, i + 2)
            if close < 0:
                raise error('missing >, unterminated name', template, i + 3)
            name = template[i + 3:close]
            if not name:
                raise error('missing group name', template, i + 3)
            number = group_number(name, i + 3)
            items.append(''.join(literal))
            literal = []
            items.append(number)
            i = close + 1
        elif nxt.isdigit():
            three = template[i + 1:i + 4]
            if nxt == '0' or (len(three) == 3 and all(c in '01234567' for c in three)):
                # An octal escape: \0 with up to two more octal digits, or three octal digits.
                j = i + 2
                while j < n and j < i + 4 and template[j] in '01234567':
                    j += 1
                value = int(template[i + 1:j], 8)
                if value > 0o377:
                    raise error(f'octal escape value \\{template[i + 1:j]} outside of range 0-0o377', template, i)
                literal.append(chr(value))
                i = j
                continue
            j = i + 2
            if j < n and template[j].isdigit():
                j += 1
            number = group_number(template[i + 1:j], i + 1)
            items.append(''.join(literal))
            literal = []
            items.append(number)
            i = j
        elif nxt in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[nxt])
            i += 2
        elif nxt in _ASCII_LETTERS:
            raise error('bad escape \\' + nxt, template, i)
        else:
            literal.append('\\' + nxt)
            i += 2
    items.append(''.join(literal))
    return [item for item in items if item != '']  or ['']


def _expand(match, template):
    out = []
    for item in template:
        if isinstance(item, str):
            out.append(item)
        else:
            out.append(match.group(item) or '')
    return ''.join(out)


def _match_expand(match, template):
    """Match.expand(template), which the native Match calls back."""
    return _expand(match, _parse_template(match.re, template))


_cache = {}
_MAX_CACHE = 512
# str patterns compiled without flags, by their text: the module-level functions look here
# first (one dict lookup), as most calls are re.search(r'...', text).
_plain = {}


def compile(pattern, flags=0):
    """Compiles a regular expression pattern into a Pattern object, with match(), search(), findall(), sub() methods."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, int(flags))
    compiled = _cache.get(key)
    if compiled is None:
        compiled = Pattern(pattern, flags)
        if len(_cache) >= _MAX_CACHE:
            _cache.clear()
            _plain.clear()
        _cache[key] = compiled
        if not flags and type(pattern) is str:
            _plain[pattern] = compiled
    return compiled


def purge():
    """Clears the cache of compiled regular expressions."""
    _cache.clear()
    _plain.clear()


def search(pattern, string, flags=0):
    """A Match for the first place in string where pattern matches, else None."""
    p = _plain.get(pattern) if not flags and type(pattern) is str else None
    if p is None:
        p = compile(pattern, flags)
    return _regex.search(p._code, p, string, 0, None, 0)


def match(pattern, string, flags=0):
    """A Match when pattern matches at the start of string, else None."""
    p = _plain.get(pattern) if not flags and type(pattern) is str else None
    if p is None:
        p = compile(pattern, flags)
    return _regex.search(p._code, p, string, 0, None, 1)


def fullmatch(pattern, string, flags=0):
    """A Match when the whole string matches pattern, else None."""
    p = _plain.get(pattern) if not flags and type(pattern) is str else None
    if p is None:
        p = compile(pattern, flags)
    return _regex.search(p._code, p, string, 0, None, 2)


def findall(pattern, string, flags=0):
    """A list of all non-overlapping matches of pattern in string: whole matches, or the groups when the pattern has any."""
    p = _plain.get(pattern) if not flags and type(pattern) is str else None
    if p is None:
        p = compile(pattern, flags)
    return _regex.findall(p._code, p, string, 0, None)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects for all non-overlapping matches of pattern in string."""
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    r"""string with each match of pattern replaced by repl (a string with \1 backreferences, or a function of the Match)."""
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, but returns the pair (new_string, number_of_substitutions)."""
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split at each match of pattern (captured groups included), at most maxsplit times when nonzero."""
    return compile(pattern, flags).split(string, maxsplit)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """The pattern that matches `pattern` literally."""
    if isinstance(pattern, bytes):
        raise NotImplementedError('bytes patterns are not supported by re in Cellgrad')
    return ''.join('\\' + ch if ch in _SPECIAL else ch for ch in pattern)


def template(pattern, flags=0):
    """Compiles a template pattern; deprecated in Python (use compile)."""
    return compile(pattern, flags)
"""#
}
