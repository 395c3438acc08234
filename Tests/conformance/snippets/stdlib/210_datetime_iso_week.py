from datetime import date
for d in [date(2021, 1, 1), date(2021, 1, 4), date(2024, 12, 30), date(2026, 1, 1), date(2015, 12, 31), date(2016, 1, 3)]:
    y, w, wd = d.isocalendar()
    print(d, y, w, wd, d.strftime('%G-W%V-%u'), date.fromisocalendar(y, w, wd) == d)
