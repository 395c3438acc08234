from datetime import datetime, timedelta
a = datetime(2024, 3, 10, 23, 59, 59, 999999)
b = a + timedelta(microseconds=1)
print(b, b - a, (b - a).microseconds, a < b, a.replace(microsecond=0))
print(a.date() == b.date(), (b.date() - a.date()).days, hash(a) == hash(datetime(2024, 3, 10, 23, 59, 59, 999999)))
print(max(a, b), sorted([b, a])[0] is a, a + timedelta(days=365), a - timedelta(days=10, hours=12))
print(datetime(2024, 2, 28) + timedelta(days=1), datetime(2023, 2, 28) + timedelta(days=1), datetime(2024, 12, 31, 23) + timedelta(hours=1))
