import io, struct
stream = io.BytesIO()
for i in range(5):
    stream.write(struct.pack('<Hf', i, i / 2))
stream.seek(0)
records = []
while True:
    chunk = stream.read(struct.calcsize('<Hf'))
    if not chunk:
        break
    records.append(struct.unpack('<Hf', chunk))
print(records, stream.tell(), len(stream.getvalue()))
stream.seek(6)
print(struct.unpack('<Hf', stream.read(6)))
