from datetime import timedelta
td = timedelta(days=2, hours=3, minutes=4, seconds=5, milliseconds=6, microseconds=7)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(repr(timedelta(0)), repr(timedelta(hours=-1)), timedelta(hours=-1), timedelta(days=-3, hours=3), repr(timedelta(microseconds=-1)))
print(timedelta(weeks=1), timedelta(days=1.5), timedelta(seconds=0.5), timedelta(minutes=90), timedelta(days=1, seconds=-1))
print(timedelta(hours=1) / timedelta(minutes=7), timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) % timedelta(minutes=7))
print(timedelta(seconds=1) * 1.5, timedelta(seconds=3) / 2, 3 * timedelta(hours=2), timedelta(hours=5) // 2, -timedelta(days=1), abs(timedelta(days=-2)))
print(divmod(timedelta(hours=25), timedelta(days=1)), timedelta(hours=24) == timedelta(days=1), timedelta(1) > timedelta(hours=23), bool(timedelta(0)))
print(timedelta.min, timedelta.max, timedelta.resolution, sum([timedelta(minutes=m) for m in (15, 30, 45)], timedelta()))
