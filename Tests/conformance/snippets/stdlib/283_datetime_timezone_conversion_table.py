from datetime import datetime, timezone, timedelta
zones = {'UTC': timezone.utc, 'New York (EST)': timezone(timedelta(hours=-5), 'EST'), 'Berlin (CET)': timezone(timedelta(hours=1), 'CET'),
         'Delhi (IST)': timezone(timedelta(hours=5, minutes=30), 'IST'), 'Tokyo (JST)': timezone(timedelta(hours=9), 'JST')}
meeting = datetime(2024, 1, 15, 15, 0, tzinfo=timezone.utc)
for name, tz in zones.items():
    local = meeting.astimezone(tz)
    print(f'{name:16} {local:%Y-%m-%d %H:%M} {local.tzname()} {local.utcoffset()}')
print(meeting.astimezone(zones['Tokyo (JST)']) == meeting, meeting.timestamp())
