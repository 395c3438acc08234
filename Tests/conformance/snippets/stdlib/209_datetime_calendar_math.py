from datetime import date, timedelta
def add_months(d, months):
    month = d.month - 1 + months
    year = d.year + month // 12
    month = month % 12 + 1
    days_in = [31, 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return date(year, month, min(d.day, days_in[month - 1]))
start = date(2024, 1, 31)
print([str(add_months(start, m)) for m in range(6)])
first = date(2024, 3, 1)
print([(first + timedelta(days=i)).strftime('%a') for i in range(7)])
mondays = [first + timedelta(days=i) for i in range(31) if (first + timedelta(days=i)).weekday() == 0]
print([d.day for d in mondays])
print((date(2024, 12, 31) - date(2024, 1, 1)).days + 1, date(2024, 12, 31).strftime('%j'))
