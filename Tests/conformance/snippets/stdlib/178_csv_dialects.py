import csv, io
print(sorted(csv.list_dialects()))
print(csv.excel.delimiter, repr(csv.excel.lineterminator), csv.excel_tab.delimiter == '\t', csv.unix_dialect.quoting == csv.QUOTE_ALL)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_MINIMAL, lineterminator='\n')
buf = io.StringIO()
csv.writer(buf, 'pipes').writerows([['a', 'b|c'], [1, 2]])
print(repr(buf.getvalue()), list(csv.reader(buf.getvalue().splitlines(), 'pipes')))
d = csv.get_dialect('pipes')
print(d.delimiter, repr(d.lineterminator), d.quotechar, d.doublequote)
class Semi(csv.excel):
    delimiter = ';'
buf = io.StringIO()
csv.writer(buf, Semi).writerow(['x', 'y;z'])
print(repr(buf.getvalue()))
csv.unregister_dialect('pipes')
print('pipes' in csv.list_dialects(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
