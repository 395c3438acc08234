from datetime import datetime
print(datetime.strptime('2024-03-15', '%Y-%m-%d'))
print(datetime.strptime('15/03/24 14:30', '%d/%m/%y %H:%M'))
print(datetime.strptime('March 5, 2023', '%B %d, %Y'), datetime.strptime('Tue Mar  5 2023', '%a %b %d %Y'))
print(datetime.strptime('2:45 PM', '%I:%M %p'), datetime.strptime('12:01 am', '%I:%M %p'))
print(datetime.strptime('2024-03-15T14:30:05.123', '%Y-%m-%dT%H:%M:%S.%f'))
print(datetime.strptime('2024-03-15 14:30 +0200', '%Y-%m-%d %H:%M %z'), datetime.strptime('2024 060', '%Y %j'))
for text, fmt in [('2024-13-01', '%Y-%m-%d'), ('2024-01-01x', '%Y-%m-%d'), ('01/02/2024', '%Y-%m-%d'), ('2024-02-30', '%Y-%m-%d')]:
    try:
        print(datetime.strptime(text, fmt))
    except ValueError as e:
        print('ValueError', e)
