from datetime import datetime, date, timezone
import time
now = datetime.now()
today = date.today()
utc_now = datetime.now(timezone.utc)
print(type(now).__name__, type(today).__name__, now.date() == today or (now.date() - today).days == 1)
print(now.tzinfo, utc_now.tzinfo, abs((utc_now - datetime.fromtimestamp(time.time(), timezone.utc)).total_seconds()) < 5)
print(abs(datetime.fromtimestamp(now.timestamp()) - now).total_seconds() < 1)
print(2000 < now.year < 3000, 1 <= today.month <= 12, isinstance(now, date))
