from datetime import datetime, timedelta
start = datetime(2024, 5, 20, 9, 0, 0)
epoch_times = [timedelta(minutes=12, seconds=30), timedelta(minutes=11, seconds=58), timedelta(minutes=12, seconds=4)]
t = start
for i, dur in enumerate(epoch_times, 1):
    t += dur
    print(f'epoch {i}: finished {t:%H:%M:%S}, took {dur}, {dur.total_seconds():.0f}s')
total = sum(epoch_times, timedelta())
avg = total / len(epoch_times)
print('total', total, 'average', avg)
remaining = 10 - len(epoch_times)
eta = t + avg * remaining
print('ETA', eta.isoformat(timespec='minutes'), 'on', eta.strftime('%A'))
stamps = ['2024-05-20 09:12:30', '2024-05-20 09:24:28', '2024-05-20 09:36:32']
parsed = [datetime.strptime(s, '%Y-%m-%d %H:%M:%S') for s in stamps]
print([str(b - a) for a, b in zip(parsed, parsed[1:])])
