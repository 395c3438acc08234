from datetime import time, timezone, timedelta
t = time(9, 30)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
print(repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), time(1, 2, 3, 4))
print(t.isoformat(), t.isoformat('hours'), time(12, 0, 0, 1500).isoformat('milliseconds'), t.strftime('%H-%M'))
print(t < time(10), t == time(9, 30, 0), sorted([time(12), time(8, 15), time(8, 5)]))
print(time.fromisoformat('07:08:09'), time.fromisoformat('07:08'), time.fromisoformat('07:08:09.5'))
tz = time(8, tzinfo=timezone(timedelta(hours=1)))
print(tz, repr(tz), tz.utcoffset(), tz.replace(hour=10), time.min, time.max, time.resolution)
