import csv, io
rows = [['plain', 'with,comma', 'with "quotes"', 'multi\nline', '', ' spaced ', 'tab\there'], [1, 2.5, -3, True, None, 0.1, 1e20]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=quoting)
    w.writerows(rows)
    text = buf.getvalue()
    print(quoting, repr(text))
    print(list(csv.reader(io.StringIO(text))))
