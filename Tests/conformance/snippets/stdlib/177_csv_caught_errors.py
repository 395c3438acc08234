import csv, io
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=['a', 'b'])
try:
    w.writerow({'a': 1, 'c': 2})
except ValueError as e:
    print('ValueError', e)
csv.DictWriter(buf, fieldnames=['a'], extrasaction='ignore', lineterminator='\n').writerow({'a': 1, 'z': 0})
print(repr(buf.getvalue()))
for bad in [lambda: csv.writer(io.StringIO()).writerow(5), lambda: list(csv.reader([b'a,b'])), lambda: csv.reader([], delimiter='::'),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']), lambda: csv.get_dialect('nope'),
            lambda: csv.DictWriter(io.StringIO(), ['a'], extrasaction='boom'), lambda: list(csv.reader(['"abc'], strict=True))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(csv.Error.__module__, issubclass(csv.Error, Exception))
