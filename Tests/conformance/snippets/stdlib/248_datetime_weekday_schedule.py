from datetime import date, timedelta
start = date(2024, 9, 2)
lessons = []
d = start
while len(lessons) < 8:
    if d.weekday() in (1, 3):
        lessons.append(d)
    d += timedelta(days=1)
for i, day in enumerate(lessons, 1):
    print(f'lesson {i}: {day:%a %d %b}')
holidays = {date(2024, 9, 12)}
print([str(l) for l in lessons if l not in holidays][-1], lessons[-1] - lessons[0])
