extension PythonLibrary {
    /// `import csv`, in Cellgrad Python (compiled on first import).
    static let csv = #"""
"""CSV files: reader, writer, DictReader and DictWriter, with dialects (excel, excel-tab, unix)
and the formatting parameters of Python's csv."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'Sniffer', 'unregister_dialect', 'DictReader',
           'DictWriter', 'unix_dialect']

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3
_field_limit = 131072


class Error(Exception):
    pass


Error.__module__ = '_csv'


class Dialect:
    """The formatting parameters of a CSV file; subclass and set the attributes."""

    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Format(self)


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Format(dialect if dialect is not None else excel, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(new_limit=None):
    global _field_limit
    old = _field_limit
    if new_limit is not None:
        if not isinstance(new_limit, int):
            raise TypeError('limit must be an integer')
        _field_limit = new_limit
    return old


class _Format:
    """A dialect resolved with keyword overrides and validated as _csv validates it."""

    def __init__(self, dialect='excel', **params):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                     'lineterminator', 'quoting', 'strict'):
            value = params.pop(name) if name in params else getattr(dialect, name, None)
            setattr(self, name, value)
        if params:
            name = next(iter(params))
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        if self.delimiter is None:
            self.delimiter = ','
        if self.doublequote is None:
            self.doublequote = True
        if self.skipinitialspace is None:
            self.skipinitialspace = False
        if self.lineterminator is None:
            self.lineterminator = '\r\n'
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.strict is None:
            self.strict = False
        if not isinstance(self.delimiter, str):
            raise TypeError(f'"delimiter" must be string, not {type(self.delimiter).__name__}')
        if len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is not None and (not isinstance(self.quotechar, str) or len(self.quotechar) != 1):
            if isinstance(self.quotechar, str) and self.quotechar == '':
                self.quotechar = None
            else:
                raise TypeError('"quotechar" must be a 1-character string')
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            if 'quotechar' in params or getattr(dialect, 'quotechar', 1) is None:
                raise TypeError('quotechar must be set if quoting enabled')
            self.quotechar = '"'
        if not isinstance(self.lineterminator, str):
            raise TypeError(f'"lineterminator" must be a string, not {type(self.lineterminator).__name__}')


class _Reader:
    def __init__(self, lines, dialect, params):
        self._lines = iter(lines)
        self.dialect = _Format(dialect, **params)
        self.line_num = 0

    def __iter__(self):
        return self

    def _next_line(self):
        line = next(self._lines)
        if not isinstance(line, str):
            raise Error(f'iterator should return strings, not {type(line).__name__} '
                        '(the file should be opened in text mode)')
        self.line_num += 1
        return line

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = 'start'
        quoted_field = False
        line = self._next_line()
        while True:
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                if state == 'start':
                    quoted_field = False
                    if c in '\r\n':
                        # End of record.
                        state = 'eol'
                        break
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = 'quoted'
                        quoted_field = True
                    elif c == d.escapechar:
                        state = 'escape'
                    elif c == ' ' and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted_field))
                        field = []
                    else:
                        field.append(c)
                        state = 'field'
                elif state == 'field':
                    if c in '\r\n':
                        state = 'eol'
                        break
                    if c == d.escapechar:
                        state = 'escape'
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted_field))
                        field = []
                        state = 'start'
                    else:
                        field.append(c)
                elif state == 'escape':
                    field.append(c)
                    state = 'field'
                elif state == 'quoted':
                    if c == d.escapechar:
                        state = 'quoted_escape'
                    elif c == d.quotechar:
                        state = 'quote_in_quoted' if d.doublequote else 'after_quote'
                    else:
                        field.append(c)
                elif state == 'quoted_escape':
                    field.append(c)
                    state = 'quoted'
                elif state == 'quote_in_quoted':
                    if c == d.quotechar:
                        field.append(c)
                        state = 'quoted'
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted_field))
                        field = []
                        state = 'start'
                    elif c in '\r\n':
                        state = 'eol'
                        break
                    elif d.strict:
                        raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
                    else:
                        field.append(c)
                        state = 'field'
                elif state == 'after_quote':
                    if c == d.delimiter:
                        fields.append(self._finish(field, quoted_field))
                        field = []
                        state = 'start'
                    elif c in '\r\n':
                        state = 'eol'
                        break
                    else:
                        field.append(c)
                        state = 'field'
                if len(field) > _field_limit:
                    raise Error(f'field larger than field limit ({_field_limit})')
                i += 1
            if state in ('quoted', 'quoted_escape'):
                # A quoted field runs on to the next line.
                if state == 'quoted_escape':
                    state = 'quoted'
                try:
                    line = self._next_line()
                except StopIteration:
                    raise Error('unexpected end of data') from None
                continue
            if state == 'escape':
                field.append('\n')
                state = 'field'
                try:
                    line = self._next_line()
                except StopIteration:
                    raise Error('unexpected end of data') from None
                continue
            break
        if state in ('start', 'eol') and not fields and not field and not quoted_field:
            return []
        fields.append(self._finish(field, quoted_field))
        return fields

    def _finish(self, chars, quoted):
        text = ''.join(chars)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and text:
            return float(text)
        return text


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


class _Writer:
    def __init__(self, fileobj, dialect, params):
        if not hasattr(fileobj, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._file = fileobj
        self.dialect = _Format(dialect, **params)

    def _quote(self, field):
        d = self.dialect
        if field is None:
            text = ''
        elif isinstance(field, float):
            text = repr(field)
        else:
            text = str(field)
        special = (d.delimiter in text or (d.quotechar is not None and d.quotechar in text)
                   or '\n' in text or '\r' in text or any(c in text for c in d.lineterminator))
        if d.quoting == QUOTE_ALL:
            needs_quotes = True
        elif d.quoting == QUOTE_NONNUMERIC:
            needs_quotes = not isinstance(field, (int, float))
        elif d.quoting == QUOTE_NONE:
            needs_quotes = False
        else:
            needs_quotes = special
        if d.quoting == QUOTE_NONE:
            if special:
                if d.escapechar is None:
                    raise Error('need to escape, but no escapechar set')
                out = []
                for c in text:
                    if c == d.delimiter or c == d.quotechar or c == d.escapechar or c in '\r\n':
                        out.append(d.escapechar)
                    out.append(c)
                text = ''.join(out)
            return text
        if d.quotechar is not None and d.quotechar in text:
            if d.doublequote:
                text = text.replace(d.quotechar, d.quotechar * 2)
            elif d.escapechar is not None:
                text = text.replace(d.quotechar, d.escapechar + d.quotechar)
            else:
                raise Error('need to escape, but no escapechar set')
        if needs_quotes:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        fields = [self._quote(f) for f in items]
        if len(fields) == 1 and fields[0] == '':
            if self.dialect.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            fields[0] = self.dialect.quotechar * 2
        line = self.dialect.delimiter.join(fields) + self.dialect.lineterminator
        return self._file.write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    """Reads rows as dicts keyed by the first row (or by fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses the dialect of a sample: the delimiter among , ; tab | and space, and whether
    the first row is a header."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        lines = [l for l in sample.splitlines() if l.strip()][:10]
        candidates = delimiters or ',\t;| :'
        best = None
        for delim in candidates:
            counts = [line.count(delim) for line in lines]
            if counts and counts[0] > 0 and all(c == counts[0] for c in counts):
                best = delim
                break
        if best is None:
            raise Error('Could not determine delimiter')

        class sniffed(Dialect):
            _name = 'sniffed'
            delimiter = best
            quotechar = '"'
            doublequote = True
            skipinitialspace = False
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        return sniffed

    def has_header(self, sample):
        rows = list(reader(sample.splitlines(), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, body = rows[0], rows[1:]

        def numeric(text):
            try:
                float(text)
                return True
            except ValueError:
                return False
        votes = 0
        for col, name in enumerate(header):
            values = [r[col] for r in body if col < len(r)]
            if values and all(numeric(v) for v in values):
                votes += -1 if numeric(name) else 1
        return votes > 0
"""#
}
