from datetime import datetime, date, time
dt = datetime(2024, 7, 4, 9, 5, 3, 42)
for fmt in ['%Y-%m-%d', '%d/%m/%y', '%H:%M:%S', '%I:%M %p', '%a %A %b %B', '%j', '%f', '%w %u', '%U %W',
            '%Y%m%dT%H%M%S', '%%Y', '%c', '%x', '%X', '%F %T', '%e', '%G-W%V-%u']:
    print(repr(fmt), dt.strftime(fmt))
print(date(2024, 1, 1).strftime('%A %d %B %Y %H:%M'), time(23, 59).strftime('%H:%M:%S %p'), datetime(2024, 12, 31, 0, 0).strftime('%I %p %j'))
print(f'{dt:%Y/%m/%d}', format(dt, '%H.%M'), '{:%b %d}'.format(date(2024, 2, 3)))
