from datetime import datetime, date, time
for s in ['2024-05-01', '2024-05-01T08', '2024-05-01T08:30', '2024-05-01T08:30:15', '2024-05-01 08:30:15.250',
          '2024-05-01T08:30:15.123456', '2024-05-01T08:30:15+05:30', '2024-05-01T08:30:15-08:00']:
    print(s, '->', repr(datetime.fromisoformat(s)))
print(time.fromisoformat('23:59:59.999999'), date.fromisoformat('2000-02-29'))
for bad in ['2024-05-01T25:00', 'May 1', '2024-02-30']:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print('ValueError', e)
