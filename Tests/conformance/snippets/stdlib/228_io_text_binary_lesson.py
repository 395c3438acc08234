import io, json
records = [{'id': i, 'label': f'item{i}'} for i in range(3)]
text = io.StringIO()
for r in records:
    text.write(json.dumps(r) + '\n')
raw = text.getvalue().encode('utf-8')
print(len(raw), raw[:20])
stream = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8')
loaded = [json.loads(line) for line in stream]
print(loaded == records, loaded[-1])
b = io.BytesIO()
b.write(b'\x89PNG\r\n\x1a\n')
b.write(bytes(8))
print(b.getvalue()[:8] == b'\x89PNG\r\n\x1a\n', len(b.getvalue()), b.tell())
