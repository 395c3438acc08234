import gzip, struct
labels = [5, 0, 4, 1, 9, 2]
payload = struct.pack('>II', 2049, len(labels)) + bytes(labels)
with gzip.open('t10k-labels-idx1-ubyte.gz', 'wb') as f:
    f.write(payload)
with gzip.open('t10k-labels-idx1-ubyte.gz', 'rb') as f:
    magic, n = struct.unpack('>II', f.read(8))
    read_labels = list(f.read(n))
print(magic, n, read_labels, read_labels == labels)
counts = [read_labels.count(d) for d in range(10)]
print(counts)
