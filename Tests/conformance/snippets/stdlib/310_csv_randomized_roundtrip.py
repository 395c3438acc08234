import csv, io, random
random.seed(12)
alphabet = ['a', 'b', ',', '"', ' ', '\n', '\r\n', 'x', ';', '\\', '1', '2.5']
dialects = [{}, {'skipinitialspace': True}, {'delimiter': ';'}, {'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'},
            {'quoting': csv.QUOTE_NONE}, {'strict': True}, {'quoting': csv.QUOTE_NONNUMERIC}]
for trial in range(120):
    text = ''.join(random.choice(alphabet) for _ in range(random.randint(0, 12)))
    kw = random.choice(dialects)
    try:
        result = list(csv.reader(io.StringIO(text, newline=''), **kw))
    except (csv.Error, ValueError) as e:
        result = type(e).__name__ + ': ' + str(e)
    print(repr(text), kw, result)
values = ['a', 'b c', 'x,y', 'q"q', '', ' s', 'l\nm', 'r\rr', 1, 2.5, None, True, 'e\\e']
for trial in range(60):
    row = [random.choice(values) for _ in range(random.randint(0, 4))]
    kw = random.choice([{}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'},
                        {'lineterminator': '\n'}, {'doublequote': False, 'escapechar': '\\'}, {'quoting': csv.QUOTE_NONE}])
    buf = io.StringIO()
    try:
        csv.writer(buf, **kw).writerow(row)
        print(row, kw, repr(buf.getvalue()))
    except csv.Error as e:
        print(row, kw, 'Error:', e)
