from datetime import datetime, timezone, timedelta
epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
for ts in [0, 86400, 1700000000, 1700000000.5, -86400]:
    dt = datetime.fromtimestamp(ts, tz=timezone.utc)
    print(ts, dt, dt.timestamp(), (dt - epoch).total_seconds(), dt.weekday())
print(datetime(2038, 1, 19, 3, 14, 7, tzinfo=timezone.utc).timestamp(), epoch + timedelta(seconds=2 ** 31 - 1))
