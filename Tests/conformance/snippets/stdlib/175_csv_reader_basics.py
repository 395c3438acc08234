import csv
lines = ['name,score,note\r\n', 'alice,93.5,"top, overall"\r\n', 'bob,7,"said ""hi"""\r\n', '"carol",,"multi\n', 'line"\r\n', '\r\n', 'dave, 5 ,x\n']
r = csv.reader(lines)
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')), list(csv.reader(['a, b,  c'], skipinitialspace=True)))
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['a\tb'], dialect='excel-tab')))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')), list(csv.reader([])), list(csv.reader(['x'])))
