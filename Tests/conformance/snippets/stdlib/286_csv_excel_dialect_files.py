import csv
with open('people.tsv', 'w', newline='') as f:
    w = csv.writer(f, dialect='excel-tab')
    w.writerow(['name', 'city', 'quote'])
    w.writerow(['Ann', 'Paris', 'said "bonjour"'])
    w.writerow(['Bob', 'New\tYork', ''])
print(repr(open('people.tsv').read()))
with open('people.tsv', newline='') as f:
    for row in csv.DictReader(f, dialect='excel-tab'):
        print(dict(row))
