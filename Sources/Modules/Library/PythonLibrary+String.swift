extension PythonLibrary {
    /// `import string`, in Cellgrad Python (compiled on first import).
    static let string = #"""
"""String constants (ascii_letters, digits, punctuation, …), capwords and Template."""

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalises each word: split on sep, capitalize, join with sep (a space by default)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


def _is_identifier_start(ch):
    return ch == '_' or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z')


def _is_identifier_char(ch):
    return _is_identifier_start(ch) or ('0' <= ch <= '9')


class Template:
    """$-substitution: Template('$who likes ${what}').substitute(who='tim', what='tea')."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        n = len(s)
        while i < n:
            ch = s[i]
            if ch != self.delimiter:
                out.append(ch)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == self.delimiter:
                out.append(self.delimiter)
                i += 2
                continue
            braced = i + 1 < n and s[i + 1] == '{'
            start = i + 2 if braced else i + 1
            j = start
            if j < n and _is_identifier_start(s[j]):
                j += 1
                while j < n and _is_identifier_char(s[j]):
                    j += 1
            name = s[start:j]
            if name and (not braced or (j < n and s[j] == '}')):
                end = j + 1 if braced else j
                if name in mapping:
                    out.append(str(mapping[name]))
                elif safe:
                    out.append(s[i:end])
                else:
                    raise KeyError(name)
                i = end
                continue
            if safe:
                out.append(ch)
                i += 1
                continue
            lines = s[:i].split('\n')
            raise ValueError(f'Invalid placeholder in string: line {len(lines)}, col {len(lines[-1]) + 1}')
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        names = []
        s = self.template
        i = 0
        while i < len(s):
            if s[i] == self.delimiter and i + 1 < len(s):
                if s[i + 1] == self.delimiter:
                    i += 2
                    continue
                start = i + 2 if s[i + 1] == '{' else i + 1
                j = start
                while j < len(s) and _is_identifier_char(s[j]) and (j > start or _is_identifier_start(s[j])):
                    j += 1
                if j > start and s[start:j] not in names:
                    names.append(s[start:j])
                i = j
            else:
                i += 1
        return names


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        merged = dict(mapping)
        merged.update(kws)
        return merged
    return mapping


class Formatter:
    """str.format as an object: format(format_string, *args, **kwargs)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
"""#
}
