from datetime import datetime, date
from collections import defaultdict
events = ['2024-03-01 10:00', '2024-02-28 09:30', '2024-03-01 08:15', '2024-02-29 23:59', '2024-03-02 00:01']
parsed = sorted(datetime.strptime(e, '%Y-%m-%d %H:%M') for e in events)
print([p.strftime('%m-%d %H:%M') for p in parsed])
by_day = defaultdict(list)
for p in parsed:
    by_day[p.date()].append(p.strftime('%H:%M'))
for day, times in sorted(by_day.items()):
    print(day, day.strftime('%a'), times)
months = {d.month for d in by_day}
print(sorted(months), min(parsed), max(parsed) - min(parsed))
print({date(2024, 1, 1): 'new year'}[datetime(2024, 1, 1, 0, 0).date()])
