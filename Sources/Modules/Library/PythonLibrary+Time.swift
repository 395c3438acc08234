extension PythonLibrary {
    /// `import time`, in Cellgrad Python (compiled on first import).
    static let time = #"""
"""Time access and conversions: time, sleep, perf_counter, monotonic, process_time (native, in
_time) and, here, the *_ns variants, struct_time with localtime/gmtime/mktime, asctime, ctime,
strftime and strptime."""

import _os
from _time import monotonic, perf_counter, process_time, sleep, time

__all__ = ['time', 'time_ns', 'sleep', 'perf_counter', 'perf_counter_ns', 'monotonic', 'monotonic_ns',
           'process_time', 'process_time_ns', 'struct_time', 'localtime', 'gmtime', 'mktime',
           'asctime', 'ctime', 'strftime', 'strptime', 'timezone', 'altzone', 'daylight', 'tzname']

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def time_ns():
    """time() as an integer number of nanoseconds since the epoch."""
    return int(time() * 1e9)


def perf_counter_ns():
    """perf_counter() as an integer number of nanoseconds."""
    return int(perf_counter() * 1e9)


def monotonic_ns():
    """monotonic() as an integer number of nanoseconds."""
    return int(monotonic() * 1e9)


def process_time_ns():
    """process_time() as an integer number of nanoseconds."""
    return int(process_time() * 1e9)


class struct_time(tuple):
    """The nine fields of a broken-down time, with tm_zone and tm_gmtoff."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, values, zone=None, gmtoff=None):
        values = tuple(values)
        if len(values) < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({len(values)}-sequence given)')
        self = tuple.__new__(cls, values[:9])
        self._zone = values[9] if len(values) > 9 else zone
        self._gmtoff = values[10] if len(values) > 10 else gmtoff
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        inner = ', '.join(f'{name}={value}' for name, value in zip(_FIELDS, self))
        return f'time.struct_time({inner})'


def localtime(secs=None):
    """The struct_time in local time of a timestamp in seconds since the epoch (now by default)."""
    parts = _os.localtime(time() if secs is None else secs)
    return struct_time(parts[:9], parts[10], parts[9])


def gmtime(secs=None):
    """The struct_time in UTC of a timestamp in seconds since the epoch (now by default)."""
    secs = time() if secs is None else secs
    whole = int(secs // 1)
    days, rest = divmod(whole, 86400)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    # Civil date from days since 1970-01-01.
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    year = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    if month <= 2:
        year += 1
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    yday = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month - 1] + day + (1 if leap and month > 2 else 0)
    weekday = (days + 3) % 7
    return struct_time((year, month, day, hour, minute, second, weekday, yday, 0), 'UTC', 0)


def mktime(t):
    """The inverse of localtime: seconds since the epoch of a local struct_time, as a float."""
    if len(t) < 9:
        raise TypeError(f'mktime(): illegal time tuple argument')
    year, month, day, hour, minute, second = t[:6]
    import datetime
    naive = datetime.datetime(year, month, day, hour, minute, second)
    return float(int(naive.timestamp()))


def asctime(t=None):
    """A 24-character string such as 'Sun Jun 20 23:21:05 1993' for a struct_time (the local time now by default)."""
    t = localtime() if t is None else t
    return f'{_DAYS[t[6]]} {_MONTHS[t[1] - 1]} {t[2]:2d} {t[3]:02d}:{t[4]:02d}:{t[5]:02d} {t[0]}'


def ctime(secs=None):
    """asctime(localtime(secs)): the local time of a timestamp as a readable string."""
    return asctime(localtime(secs))


def strftime(format, t=None):
    """The struct_time t (the local time now by default) formatted by format's % directives: strftime('%Y-%m-%d')."""
    t = localtime() if t is None else t
    import datetime
    moment = datetime.datetime(t[0], t[1], t[2], t[3], t[4], t[5])
    zone = t.tm_zone if isinstance(t, struct_time) else None
    if zone is not None:
        format = format.replace('%Z', zone)
    return moment.strftime(format)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """Parses string according to format (as strftime writes it) into a struct_time."""
    import datetime
    moment = datetime.datetime.strptime(string, format)
    return struct_time((moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second,
                        moment.weekday(), moment.timetuple()[7], -1))


_now = _os.localtime(time())
timezone = -_now[9] if not _now[8] else -_now[9] + 3600
altzone = timezone - 3600
daylight = 0
tzname = (_now[10], _now[10])
del _now
"""#
}
