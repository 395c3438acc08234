import csv, io
text = """city,temp,rain
Oslo,4.5,120
Lima,19.2,1
Cairo,22.1,2
Oslo,6.0,80
"""
rows = list(csv.DictReader(io.StringIO(text)))
print(len(rows), rows[0])
by_city = {}
for r in rows:
    by_city.setdefault(r['city'], []).append(float(r['temp']))
for city, temps in sorted(by_city.items()):
    print(city, sum(temps) / len(temps))
out = io.StringIO()
w = csv.writer(out, lineterminator='\n')
w.writerow(['city', 'mean_temp'])
w.writerows((c, round(sum(t) / len(t), 2)) for c, t in sorted(by_city.items()))
print(out.getvalue(), end='')
print(list(csv.reader(io.StringIO(out.getvalue())))[1:])
