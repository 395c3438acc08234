labels = ["cat", "dog", "bird", "dog"]
classes = sorted(set(labels))
index = {c: i for i, c in enumerate(classes)}
one_hot = [[1 if index[l] == j else 0 for j in range(len(classes))] for l in labels]
print(classes)
for l, v in zip(labels, one_hot):
    print(l, v)
