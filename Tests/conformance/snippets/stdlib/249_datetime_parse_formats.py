from datetime import datetime
samples = [('2024-05-01T08:30:00', '%Y-%m-%dT%H:%M:%S'), ('01.05.2024 08:30', '%d.%m.%Y %H:%M'), ('May 1 2024', '%b %d %Y'),
           ('Wednesday, 01 May 2024', '%A, %d %B %Y'), ('2024/5/1', '%Y/%m/%d'), ('20240501', '%Y%m%d'), ('8:30 PM', '%I:%M %p')]
for text, fmt in samples:
    dt = datetime.strptime(text, fmt)
    print(f'{text!r:28} -> {dt.isoformat()}')
print(datetime.strptime('99', '%y').year, datetime.strptime('68', '%y').year, datetime.strptime('69', '%y').year)
