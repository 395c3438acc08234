from datetime import date
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat())
print(d.toordinal(), date.fromordinal(738000), d.replace(year=2028), d.replace(day=1))
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week)
print(date(2023, 1, 1).isocalendar(), date(2020, 12, 31).isocalendar(), date(2021, 1, 3).isocalendar())
print(date.min, date.max, date.resolution, d.ctime(), d.timetuple()[:3])
print(date.fromisoformat('2024-03-15'), date.fromisocalendar(2024, 10, 3), f'{d}', f'{d:%d/%m/%Y}')
