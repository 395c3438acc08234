from datetime import date, datetime, timedelta
def age(born, today):
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years
print(age(date(2000, 2, 29), date(2024, 2, 28)), age(date(2000, 2, 29), date(2024, 2, 29)), age(date(1990, 12, 31), date(2024, 1, 1)))
start, end = datetime(2024, 3, 1, 8, 0), datetime(2024, 3, 3, 17, 45, 30)
diff = end - start
print(diff, diff.days, diff.seconds // 3600, (diff.seconds // 60) % 60, diff.total_seconds() / 3600)
print([str(start + i * timedelta(hours=8)) for i in range(4)])
