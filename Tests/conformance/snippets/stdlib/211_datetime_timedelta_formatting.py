from datetime import timedelta
def fmt(td):
    total = int(td.total_seconds())
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f'{h:02d}h{m:02d}m{s:02d}s'
for td in [timedelta(seconds=59), timedelta(minutes=61), timedelta(hours=25, seconds=1), timedelta(milliseconds=1500)]:
    print(td, fmt(td), td.total_seconds(), repr(td))
print(timedelta(seconds=3661) // timedelta(minutes=1), round(timedelta(hours=1) / timedelta(days=1), 4))
print(sorted([timedelta(hours=2), timedelta(minutes=30), timedelta(days=-1)]))
