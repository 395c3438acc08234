from datetime import date, timedelta
d = date(2024, 1, 31)
print(d + timedelta(days=1), d + timedelta(days=30), d - timedelta(weeks=5), timedelta(days=366) + d)
print(date(2024, 12, 25) - date(2024, 1, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(d < date(2024, 2, 1), d == date(2024, 1, 31), max(date(2020, 5, 1), date(2019, 12, 31)))
print(sorted([date(2024, 3, 1), date(2023, 12, 31), date(2024, 1, 15)]))
deadline = date(2024, 6, 30)
for today in [date(2024, 6, 1), date(2024, 6, 30), date(2024, 7, 2)]:
    print(today, (deadline - today).days)
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
