from datetime import date, datetime, time, timedelta, timezone
tests = [lambda: date(2024, 13, 1), lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: time(24),
         lambda: datetime(2024, 1, 1, 0, 60), lambda: time(0, 0, 60), lambda: time(0, 0, 0, 10 ** 6),
         lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc),
         lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
         lambda: datetime(2024, 1, 1) < date(2024, 1, 1), lambda: date.fromisoformat('2024-1-1'),
         lambda: timezone(timedelta(hours=25)), lambda: date(2024, 1, 1.5), lambda: date(9999, 12, 31) + timedelta(1),
         lambda: datetime.strptime(20240101, '%Y%m%d')]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(datetime(2024, 1, 1) == date(2024, 1, 1))
