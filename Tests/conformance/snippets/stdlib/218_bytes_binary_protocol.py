def encode_record(name, values):
    raw = name.encode('utf-8')
    out = bytearray()
    out += len(raw).to_bytes(1, 'big') + raw
    out += len(values).to_bytes(2, 'big')
    for v in values:
        out += v.to_bytes(4, 'big', signed=True)
    return bytes(out)
def decode_record(data):
    n = data[0]
    name = data[1:1 + n].decode()
    count = int.from_bytes(data[1 + n:3 + n], 'big')
    values = [int.from_bytes(data[3 + n + 4 * i:7 + n + 4 * i], 'big', signed=True) for i in range(count)]
    return name, values
blob = encode_record('weights', [1, -2, 300000, -70000])
print(blob, len(blob), blob.hex())
print(decode_record(blob))
print(decode_record(encode_record('é', [])))
