from datetime import datetime, timezone, timedelta
utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(timedelta(hours=-5), 'EST')
print(repr(utc), str(utc), repr(ist), str(ist), repr(est), str(est))
dt = datetime(2024, 3, 15, 12, 0, tzinfo=utc)
print(dt, repr(dt), dt.utcoffset(), dt.tzname(), dt.isoformat())
print(dt.astimezone(ist), dt.astimezone(est), dt.astimezone(est).tzname())
print(dt == dt.astimezone(ist), dt.astimezone(ist) - dt, datetime(2024, 3, 15, 13, tzinfo=ist) < dt)
print(datetime.fromisoformat('2024-03-15T12:00:00+02:00'), datetime.fromisoformat('2024-03-15T12:00:00+00:00').tzinfo)
print(datetime.fromtimestamp(0, tz=utc), datetime.fromtimestamp(86400 * 365.25, utc), dt.timestamp())
print(datetime(2024, 1, 1, tzinfo=utc).strftime('%Y %z %Z'), datetime(2024, 1, 1, tzinfo=ist).strftime('%z|%:z|%Z'))
