from datetime import datetime, date, time
dt = datetime(2024, 3, 15, 14, 30, 5, 123)
print(dt, repr(dt), dt.date(), dt.time(), dt.hour, dt.minute, dt.second, dt.microsecond)
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 9)), repr(datetime(2024, 1, 1, 9, 0, 7)))
print(dt.isoformat(), dt.isoformat(sep=' '), dt.isoformat(timespec='seconds'), dt.isoformat(timespec='milliseconds'), dt.isoformat(timespec='minutes'))
print(datetime.combine(date(2024, 5, 1), time(8, 15)), dt.replace(hour=0, microsecond=0), dt.weekday(), dt.ctime())
print(datetime.fromisoformat('2024-03-15T14:30:05'), datetime.fromisoformat('2024-03-15 14:30'), datetime.fromisoformat('2024-03-15'))
print(datetime.min, datetime.max, dt.timetuple()[:6], dt.toordinal())
