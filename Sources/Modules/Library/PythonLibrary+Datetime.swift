extension PythonLibrary {
    /// `import datetime`, in Cellgrad Python (compiled on first import).
    static let datetime = #"""
"""Dates and times: date, time, datetime, timedelta, tzinfo and timezone, with strftime and
strptime (C-locale names), isoformat/fromisoformat and arithmetic."""

import _os
import operator as _operator
import _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _dim
del _total, _dim

_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December']
_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _comparison(op):
    """A rich comparison method that defers to the class's _ordered(other, op)."""
    def method(self, other):
        return self._ordered(other, op)
    method.__name__ = f'__{op.__name__}__'
    return method


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # Counts 400-, 100-, 4- and 1-year cycles from 0001-01-01 (ordinal 1).
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int(value):
    if isinstance(value, int) and not isinstance(value, bool) or isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _check_int(hour), _check_int(minute)
    second, microsecond = _check_int(second), _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    text = f'{sign}{hh:02d}{sep}{mm:02d}'
    if ss or ss.microseconds:
        text += f'{sep}{ss.seconds:02d}'
        if ss.microseconds:
            text += f'.{ss.microseconds:06d}'
    return text


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return f'{hh:02d}'
    if timespec == 'minutes':
        return f'{hh:02d}:{mm:02d}'
    if timespec == 'seconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}'
    if timespec == 'milliseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:03d}'
    if timespec == 'microseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


def _strftime(fmt, year, month, day, hour, minute, second, microsecond, weekday, yday, tz_obj, utcoffset, tzname):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == 'Y':
            out.append(str(year) if year >= 1000 else f'{year}')
        elif code == 'y':
            out.append(f'{year % 100:02d}')
        elif code == 'm':
            out.append(f'{month:02d}')
        elif code == 'd':
            out.append(f'{day:02d}')
        elif code == 'e':
            out.append(f'{day:2d}')
        elif code == 'H':
            out.append(f'{hour:02d}')
        elif code == 'I':
            out.append(f'{(hour % 12) or 12:02d}')
        elif code == 'M':
            out.append(f'{minute:02d}')
        elif code == 'S':
            out.append(f'{second:02d}')
        elif code == 'f':
            out.append(f'{microsecond:06d}')
        elif code == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif code == 'a':
            out.append(_DAY_NAMES[weekday][:3])
        elif code == 'A':
            out.append(_DAY_NAMES[weekday])
        elif code in 'bh':
            out.append(_MONTH_NAMES[month - 1][:3])
        elif code == 'B':
            out.append(_MONTH_NAMES[month - 1])
        elif code == 'j':
            out.append(f'{yday:03d}')
        elif code == 'w':
            out.append(str((weekday + 1) % 7))
        elif code == 'u':
            out.append(str(weekday + 1))
        elif code == 'U':
            out.append(f'{(yday + 6 - (weekday + 1) % 7) // 7:02d}')
        elif code == 'W':
            out.append(f'{(yday + 6 - weekday) // 7:02d}')
        elif code == 'G' or code == 'V':
            iso = _isocalendar(year, month, day)
            out.append(f'{iso[0]}' if code == 'G' else f'{iso[1]:02d}')
        elif code == 'c':
            out.append(f'{_DAY_NAMES[weekday][:3]} {_MONTH_NAMES[month - 1][:3]} {day:2d} '
                       f'{hour:02d}:{minute:02d}:{second:02d} {year}')
        elif code == 'x':
            out.append(f'{month:02d}/{day:02d}/{year % 100:02d}')
        elif code == 'X':
            out.append(f'{hour:02d}:{minute:02d}:{second:02d}')
        elif code == 'D':
            out.append(f'{month:02d}/{day:02d}/{year % 100:02d}')
        elif code == 'F':
            out.append(f'{year}-{month:02d}-{day:02d}')
        elif code == 'T':
            out.append(f'{hour:02d}:{minute:02d}:{second:02d}')
        elif code == 'R':
            out.append(f'{hour:02d}:{minute:02d}')
        elif code == 'n':
            out.append('\n')
        elif code == 't':
            out.append('\t')
        elif code == 'z':
            out.append(_format_offset(utcoffset, '') if utcoffset is not None else '')
        elif code == 'Z':
            out.append(tzname or '')
        elif code == '%':
            out.append('%')
        else:
            out.append('%' + code)
    return ''.join(out)


def _isocalendar(year, month, day):
    def week1_monday(y):
        first = _ymd2ord(y, 1, 1)
        first_weekday = (first + 6) % 7
        monday = first - first_weekday
        if first_weekday > 3:
            monday += 7
        return monday
    today = _ymd2ord(year, month, day)
    week1 = week1_monday(year)
    if today < week1:
        year -= 1
        week1 = week1_monday(year)
    else:
        following = week1_monday(year + 1)
        if today >= following:
            year += 1
            week1 = following
    week, weekday = divmod(today - week1, 7)
    return year, week + 1, weekday + 1


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # Whole days are kept apart from the sub-day microseconds: timedelta.max in
        # microseconds does not fit a 64-bit int.
        whole_days = 0
        micro = 0
        fraction = 0.0
        parts = ((days, 'days', 0), (weeks, 'weeks', 0), (seconds, 'seconds', 1000000),
                 (microseconds, 'microseconds', 1), (milliseconds, 'milliseconds', 1000),
                 (minutes, 'minutes', 60000000), (hours, 'hours', 3600000000))
        for value, name, scale in parts:
            if not isinstance(value, (int, float)):
                raise TypeError(f'unsupported type for timedelta {name} component: {type(value).__name__}')
            if scale == 0:
                factor = 7 if name == 'weeks' else 1
                whole = int(value)
                whole_days += whole * factor
                fraction += (value - whole) * factor * 86400000000
            else:
                whole = int(value)
                micro += whole * scale
                fraction += (value - whole) * scale
        return cls._from_parts(whole_days, micro + round(fraction))

    @classmethod
    def _from_parts(cls, days, micro):
        self = object.__new__(cls)
        extra, micro = divmod(micro, 86400000000)
        days += extra
        seconds, microseconds = divmod(micro, 1000000)
        if abs(days) > 999999999:
            raise OverflowError(f'days={days}; must have magnitude <= 999999999')
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    @classmethod
    def _from_microseconds(cls, total):
        return cls._from_parts(0, total)

    def _day_us(self):
        return self._seconds * 1000000 + self._microseconds

    def _total_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._total_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        if not args:
            args.append('0')
        return f"datetime.{self.__class__.__name__}({', '.join(args)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = f'{hh}:{mm:02d}:{ss:02d}'
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = f'{self._days} day{plural}, ' + text
        if self._microseconds:
            text += f'.{self._microseconds:06d}'
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_parts(self._days + other._days, self._day_us() + other._day_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_parts(self._days - other._days, self._day_us() - other._day_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_parts(-self._days, -self._day_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_parts(self._days * other, self._day_us() * other)
        if isinstance(other, float):
            days = self._days * other
            whole = int(days)
            return timedelta._from_parts(whole, round((days - whole) * 86400000000 + self._day_us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() // other._total_us()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() / other._total_us()
        if isinstance(other, (int, float)):
            return timedelta._from_microseconds(round(self._total_us() / other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total_us() % other._total_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total_us(), other._total_us())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = (self._days, self._day_us()), (other._days, other._day_us())
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return NotImplemented

    def _ordered(self, other, op):
        if isinstance(other, timedelta):
            return op(self._cmp(other), 0)
        return NotImplemented

    __lt__ = _comparison(_operator.lt)
    __le__ = _comparison(_operator.le)
    __gt__ = _comparison(_operator.gt)
    __ge__ = _comparison(_operator.ge)

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


_PART_NAMES = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')

timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    """The abstract base of time zones: utcoffset, dst and tzname."""

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


class timezone(tzinfo):
    """A fixed offset from UTC."""

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             f'timedelta(hours=24), not {offset!r}.')
        if name is not None and not isinstance(name, str):
            raise TypeError('name must be a string')
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'datetime.timezone({self._offset!r})'
        return f'datetime.timezone({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class IsoCalendarDate(tuple):
    pass


def _iso_calendar_date(year, week, weekday):
    from collections import namedtuple
    global _IsoCalendarDate
    if _IsoCalendarDate is None:
        _IsoCalendarDate = namedtuple('IsoCalendarDate', ['year', 'week', 'weekday'])
        _IsoCalendarDate.__repr__ = lambda s: f'datetime.IsoCalendarDate(year={s.year}, week={s.week}, weekday={s.weekday})'
    return _IsoCalendarDate(year, week, weekday)


_IsoCalendarDate = None
del IsoCalendarDate


class date:
    """A calendar date (proleptic Gregorian): year, month, day."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _os.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _ymd2ord(MAXYEAR, 12, 31):
            raise ValueError(f'ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _parse_iso_date(date_string)
        if parsed is None or len(date_string) not in (8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= week <= 53:
            raise ValueError(f'Invalid week: {week}')
        if not 1 <= day <= 7:
            raise ValueError(f'Invalid weekday: {day} (range is [1, 7])')
        first = _ymd2ord(year, 1, 1)
        first_weekday = (first + 6) % 7
        monday = first - first_weekday + (7 if first_weekday > 3 else 0)
        return cls(*_ord2ymd(monday + (week - 1) * 7 + day - 1))

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return f'datetime.{self.__class__.__name__}({self._year}, {self._month}, {self._day})'

    def isoformat(self):
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (f'{_DAY_NAMES[weekday - 1][:3]} {_MONTH_NAMES[self._month - 1][:3]} '
                f'{self._day:2d} 00:00:00 {self._year:04d}')

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(),
                         self.timetuple_yday(), None, None, None)

    def timetuple_yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def timetuple(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(), self.timetuple_yday(), -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _iso_calendar_date(*_isocalendar(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _date_cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else (1 if a > b else -1)

    def _comparable(self, other):
        if isinstance(other, datetime) or isinstance(self, datetime):
            return False
        return isinstance(other, date)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._date_cmp(other) == 0
        return NotImplemented

    def _ordered(self, other, op):
        if self._comparable(other):
            return op(self._date_cmp(other), 0)
        if isinstance(other, date):
            raise TypeError(f"can't compare {_qualified(self)} to {_qualified(other)}")
        return NotImplemented

    __lt__ = _comparison(_operator.lt)
    __le__ = _comparison(_operator.le)
    __gt__ = _comparison(_operator.gt)
    __ge__ = _comparison(_operator.ge)

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _ymd2ord(MAXYEAR, 12, 31):
                return type(self).fromordinal(n)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


def _qualified(obj):
    return f'datetime.{type(obj).__name__}'


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _parse_iso_date(text):
    if len(text) >= 10 and text[4] == '-' and text[7] == '-':
        parts = (text[0:4], text[5:7], text[8:10])
    elif len(text) >= 8 and text[:8].isdigit():
        parts = (text[0:4], text[4:6], text[6:8])
    else:
        return None
    if not all(p.isdigit() for p in parts):
        return None
    return tuple(int(p) for p in parts)


def _parse_iso_time(text):
    # HH[:MM[:SS[.ffffff]]][+HH:MM|Z]
    tz = None
    for marker in ('+', '-', 'Z'):
        index = text.find(marker)
        if index > 0:
            tz_text = text[index:]
            text = text[:index]
            if tz_text == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if tz_text[0] == '-' else 1
                fields = tz_text[1:].replace(':', '')
                if not fields.isdigit() or len(fields) not in (2, 4, 6):
                    return None
                hh, mm, ss = int(fields[0:2]), int(fields[2:4] or 0), int(fields[4:6] or 0)
                offset = sign * timedelta(hours=hh, minutes=mm, seconds=ss)
                tz = timezone.utc if not offset else timezone(offset)
            break
    micro = 0
    if '.' in text or ',' in text:
        text, _, frac = text.replace(',', '.').partition('.')
        if not frac.isdigit() or not 1 <= len(frac) <= 9:
            return None
        micro = int((frac + '000000')[:6])
    if ':' in text:
        fields = text.split(':')
    else:
        fields = [text[i:i + 2] for i in range(0, len(text), 2)]
    if not 1 <= len(fields) <= 3 or not all(len(f) == 2 and f.isdigit() for f in fields):
        return None
    values = [int(f) for f in fields] + [0] * (3 - len(fields))
    return values[0], values[1], values[2], micro, tz


class _TimeFields:
    """hour, minute, second, microsecond, tzinfo and fold, shared by time and datetime."""

    def _set_time_fields(self, hour, minute, second, microsecond, tzinfo, fold):
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)


class time(_TimeFields):
    """A time of day: hour, minute, second, microsecond and an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._set_time_fields(hour, minute, second, microsecond, tzinfo, fold)
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _parse_iso_time(time_string[1:] if time_string.startswith('T') else time_string)
        if parsed is None:
            raise ValueError(f'Invalid isoformat string: {time_string!r}')
        hh, mm, ss, us, tz = parsed
        return cls(hh, mm, ss, us, tz)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def __repr__(self):
        if self._microsecond:
            body = f'{self._hour}, {self._minute}, {self._second}, {self._microsecond}'
        elif self._second:
            body = f'{self._hour}, {self._minute}, {self._second}'
        else:
            body = f'{self._hour}, {self._minute}'
        if self._tzinfo is not None:
            body += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            body += ', fold=1'
        return f'datetime.{self.__class__.__name__}({body})'

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def __format__(self, fmt):
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                         0, 1, self._tzinfo, self.utcoffset(), self.tzname())

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key() and self.utcoffset() == other.utcoffset()
        return NotImplemented

    def _ordered(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            raise TypeError("can't compare offset-naive and offset-aware times")
        return op(self._key(), other._key())

    __lt__ = _comparison(_operator.lt)
    __le__ = _comparison(_operator.le)
    __gt__ = _comparison(_operator.gt)
    __ge__ = _comparison(_operator.ge)

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date, _TimeFields):
    """A date and a time of day, with an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._set_time_fields(hour, minute, second, microsecond, tzinfo, fold)
        return self

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        whole = int(t // 1)
        micro = round((t - whole) * 1000000)
        if micro >= 1000000:
            whole += 1
            micro -= 1000000
        if tz is None:
            y, m, d, hh, mm, ss = _os.localtime(whole)[:6]
            return cls(y, m, d, hh, mm, ss, micro)
        moment = _EPOCH + timedelta(seconds=whole, microseconds=micro)
        return tz.fromutc(moment.replace(tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        whole = int(t // 1)
        micro = round((t - whole) * 1000000)
        return _EPOCH_NAIVE + timedelta(seconds=whole, microseconds=micro)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, globals()['date']):
            raise TypeError('combine() argument 1 must be datetime.date, not ' + type(date).__name__)
        if not isinstance(time, globals()['time']):
            raise TypeError('combine() argument 2 must be datetime.time, not ' + type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = date_string
        date_part = _parse_iso_date(text[:10])
        if date_part is None or (len(text) > 10 and text[10] not in 'T '):
            if len(text) == 8 or (len(text) > 8 and text[8] == 'T'):
                date_part = _parse_iso_date(text[:8])
                rest = text[9:]
            else:
                raise ValueError(f'Invalid isoformat string: {date_string!r}')
        else:
            rest = text[11:]
        if date_part is None:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        hh = mm = ss = us = 0
        tz = None
        if rest:
            parsed = _parse_iso_time(rest)
            if parsed is None:
                raise ValueError(f'Invalid isoformat string: {date_string!r}')
            hh, mm, ss, us, tz = parsed
        return cls(*date_part, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timetuple(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self.weekday(), self.timetuple_yday(), -1)

    def timestamp(self):
        offset = self.utcoffset()
        if offset is not None:
            return (self - _EPOCH).total_seconds()
        # Naive: local time. Guess with the offset now, then correct with the offset then.
        naive_seconds = (self - _EPOCH_NAIVE).total_seconds()
        guess = naive_seconds - _os.localtime(naive_seconds)[9]
        return naive_seconds - _os.localtime(guess)[9]

    def astimezone(self, tz=None):
        if tz is None:
            seconds = self.timestamp()
            local = _os.localtime(seconds)
            tz = timezone(timedelta(seconds=local[9]), local[10])
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        offset = self.utcoffset()
        if offset is None:
            utc = _EPOCH_NAIVE + timedelta(seconds=self.timestamp())
        else:
            utc = (self - offset).replace(tzinfo=None)
        return tz.fromutc(utc.replace(tzinfo=tz))

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
            if fields[-1] == 0:
                del fields[-1]
        body = ', '.join(str(f) for f in fields)
        if self._tzinfo is not None:
            body += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            body += ', fold=1'
        return f'datetime.{self.__class__.__name__}({body})'

    def isoformat(self, sep='T', timespec='auto'):
        text = (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}' +
                _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return (f'{_DAY_NAMES[weekday - 1][:3]} {_MONTH_NAMES[self._month - 1][:3]} {self._day:2d} '
                f'{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}')

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.weekday(), self.timetuple_yday(),
                         self._tzinfo, self.utcoffset(), self.tzname())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _us(self):
        days = self.toordinal()
        return ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def _utc_us(self):
        offset = self.utcoffset()
        return self._us() - (0 if offset is None else offset._total_us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us() + other._total_us()
        days, rest = divmod(total, 86400000000)
        if not 0 < days <= _ymd2ord(MAXYEAR, 12, 31):
            raise OverflowError('date value out of range')
        seconds, micro = divmod(rest, 1000000)
        hh, rest_seconds = divmod(seconds, 3600)
        mm, ss = divmod(rest_seconds, 60)
        y, m, d = _ord2ymd(days)
        return type(self)(y, m, d, hh, mm, ss, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        if self._tzinfo is other._tzinfo:
            return timedelta._from_microseconds(self._us() - other._us())
        return timedelta._from_microseconds(self._utc_us() - other._utc_us())

    def _ordered(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                raise TypeError(f"can't compare {_qualified(self)} to {_qualified(other)}")
            return NotImplemented
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if self._tzinfo is other._tzinfo:
            return op(self._us(), other._us())
        return op(self._utc_us(), other._utc_us())

    def __eq__(self, other):
        if isinstance(other, datetime):
            if (self.utcoffset() is None) != (other.utcoffset() is None):
                return False
            return self._ordered(other, _operator.eq)
        if isinstance(other, date):
            return False
        return NotImplemented

    __lt__ = _comparison(_operator.lt)
    __le__ = _comparison(_operator.le)
    __gt__ = _comparison(_operator.gt)
    __ge__ = _comparison(_operator.ge)

    def __hash__(self):
        return hash(self._utc_us())

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)


# ---- strptime ---------------------------------------------------------------------------

_FIELD_PATTERNS = {
    'Y': r'(?P<Y>\d\d\d\d)', 'y': r'(?P<y>\d\d)', 'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])', 'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])', 'M': r'(?P<M>[0-5]\d|\d)', 'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'f': r'(?P<f>[0-9]{1,6})', 'p': r'(?P<p>am|pm)', 'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'a': r'(?P<a>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)',
    'A': r'(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)',
    'b': r'(?P<b>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
    'B': r'(?P<B>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))', 'Z': r'(?P<Z>utc|gmt)',
    'w': r'(?P<w>[0-6])', 'u': r'(?P<u>[1-7])', '%': '%',
}
_FIELD_PATTERNS['h'] = _FIELD_PATTERNS['b'].replace('?P<b>', '?P<h>')
_strptime_cache = {}


def _strptime_regex(fmt):
    import re
    cached = _strptime_cache.get(fmt)
    if cached is not None:
        return cached
    parts = []
    i = 0
    seen = set()
    while i < len(fmt):
        ch = fmt[i]
        if ch == '%' and i + 1 < len(fmt):
            code = fmt[i + 1]
            if code == 'c':
                parts.append(_strptime_pattern_text('%a %b %d %H:%M:%S %Y', seen))
            elif code == 'x':
                parts.append(_strptime_pattern_text('%m/%d/%y', seen))
            elif code == 'X':
                parts.append(_strptime_pattern_text('%H:%M:%S', seen))
            elif code in _FIELD_PATTERNS:
                if code in seen and code != '%':
                    raise re.error(f"redefinition of group name {code!r} as group 2; was group 1")
                seen.add(code)
                parts.append(_FIELD_PATTERNS[code])
            else:
                raise ValueError(f"'{code}' is a bad directive in format '%{code}'")
            i += 2
        elif ch == '%':
            raise ValueError('stray % in format ' + repr(fmt))
        elif ch.isspace():
            parts.append(r'\s+')
            while i < len(fmt) and fmt[i].isspace():
                i += 1
        else:
            parts.append(re.escape(ch))
            i += 1
    compiled = re.compile(''.join(parts), re.IGNORECASE)
    _strptime_cache[fmt] = compiled
    return compiled


def _strptime_pattern_text(fmt, seen):
    text = []
    i = 0
    while i < len(fmt):
        if fmt[i] == '%':
            code = fmt[i + 1]
            seen.add(code)
            text.append(_FIELD_PATTERNS[code])
            i += 2
        elif fmt[i] == ' ':
            text.append(r'\s+')
            i += 1
        else:
            text.append('\\' + fmt[i] if fmt[i] in '.:/' else fmt[i])
            i += 1
    return ''.join(text)


def _strptime(cls, data_string, format):
    if not isinstance(data_string, str):
        raise TypeError(f'strptime() argument 1 must be str, not {type(data_string).__name__}')
    if not isinstance(format, str):
        raise TypeError(f'strptime() argument 2 must be str, not {type(format).__name__}')
    regex = _strptime_regex(format)
    found = regex.match(data_string)
    if found is None:
        raise ValueError(f'time data {data_string!r} does not match format {format!r}')
    if len(data_string) != found.end():
        raise ValueError(f'unconverted data remains: {data_string[found.end():]}')
    fields = {k: v for k, v in found.groupdict().items() if v is not None}
    year, month, day = 1900, 1, 1
    hour = minute = second = micro = 0
    tz = None
    yday = None
    if 'Y' in fields:
        year = int(fields['Y'])
    elif 'y' in fields:
        year = int(fields['y'])
        year += 2000 if year <= 68 else 1900
    for key in ('m',):
        if key in fields:
            month = int(fields[key])
    for key in ('b', 'B', 'h'):
        if key in fields:
            name = fields[key].lower()
            month = [m.lower()[:len(name)] if len(name) == 3 else m.lower() for m in _MONTH_NAMES].index(name) + 1
    if 'd' in fields:
        day = int(fields['d'])
    if 'H' in fields:
        hour = int(fields['H'])
    elif 'I' in fields:
        hour = int(fields['I']) % 12
        if fields.get('p', 'am').lower() == 'pm':
            hour += 12
    if 'M' in fields:
        minute = int(fields['M'])
    if 'S' in fields:
        second = int(fields['S'])
    if 'f' in fields:
        micro = int((fields['f'] + '000000')[:6])
    if 'j' in fields:
        yday = int(fields['j'])
    if 'z' in fields:
        z = fields['z']
        if z == 'Z':
            tz = timezone.utc
        else:
            sign = -1 if z[0] == '-' else 1
            digits = z[1:].replace(':', '')
            offset = timedelta(hours=int(digits[0:2]), minutes=int(digits[2:4]),
                               seconds=int(digits[4:6] or 0))
            tz = timezone(sign * offset)
    elif 'Z' in fields:
        pass
    if yday is not None and 'm' not in fields and 'd' not in fields:
        month_day = date.fromordinal(_ymd2ord(year, 1, 1) + yday - 1)
        month, day = month_day.month, month_day.day
    return cls(year, month, day, hour, minute, second, micro, tz)
"""#
}
