extension PythonLibrary {
    /// `import fnmatch`, in Cellgrad Python (compiled on first import).
    static let fnmatch = #"""
"""Shell-style wildcards: * ? [seq] [!seq], matched against whole names."""

import posixpath
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}


def fnmatch(name, pat):
    name = posixpath.normcase(name)
    pat = posixpath.normcase(pat)
    return fnmatchcase(name, pat)


def _compile(pat):
    compiled = _cache.get(pat)
    if compiled is None:
        compiled = re.compile(translate(pat))
        if len(_cache) > 32768:
            _cache.clear()
        _cache[pat] = compiled
    return compiled


def filter(names, pat):
    match = _compile(posixpath.normcase(pat)).match
    return [name for name in names if match(posixpath.normcase(name))]


def fnmatchcase(name, pat):
    return _compile(pat).match(name) is not None


def translate(pat):
    """The regular expression (as text) that matches what the shell pattern matches."""
    parts = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # Runs of stars mean one star.
            if not parts or parts[-1] != '.*':
                parts.append('.*')
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
                continue
            stuff = pat[i:j]
            i = j + 1
            if not stuff:
                parts.append('(?!)')
                continue
            if stuff == '!':
                parts.append('.')
                continue
            stuff = stuff.replace('\\', '\\\\')
            for special in '&~|':
                stuff = stuff.replace(special, '\\' + special)
            if stuff[0] == '!':
                stuff = '^' + stuff[1:]
            elif stuff[0] in ('^', '['):
                stuff = '\\' + stuff
            parts.append(f'[{stuff}]')
        else:
            parts.append(re.escape(c))
    return f"(?s:{''.join(parts)})\\Z"
"""#
}
