import csv
rows = [{'epoch': 1, 'loss': 0.91, 'acc': 0.62}, {'epoch': 2, 'loss': 0.55, 'acc': 0.8}, {'epoch': 3, 'loss': 0.42}]
with open('metrics.csv', 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['epoch', 'loss', 'acc'])
    w.writeheader()
    w.writerows(rows)
print(repr(open('metrics.csv').read()))
with open('metrics.csv', newline='') as f:
    r = csv.DictReader(f)
    print(r.fieldnames)
    for row in r:
        print(r.line_num, row)
with open('metrics.csv', newline='') as f:
    data = list(csv.DictReader(f, fieldnames=['e', 'l'], restkey='rest', restval='?'))
print(data[0], data[-1])
with open('metrics.csv', newline='') as f:
    print([float(row['loss']) for row in csv.DictReader(f)])
