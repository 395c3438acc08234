import csv, io
predictions = [('cat', 'cat'), ('cat', 'dog'), ('dog', 'dog'), ('bird', 'cat'), ('dog', 'dog'), ('bird', 'bird')]
labels = sorted({t for t, _ in predictions} | {p for _, p in predictions})
matrix = {t: {p: 0 for p in labels} for t in labels}
for truth, pred in predictions:
    matrix[truth][pred] += 1
out = io.StringIO()
w = csv.writer(out, lineterminator='\n')
w.writerow(['truth\\pred'] + labels)
for t in labels:
    w.writerow([t] + [matrix[t][p] for p in labels])
print(out.getvalue(), end='')
rows = list(csv.reader(io.StringIO(out.getvalue())))
accuracy = sum(int(rows[i + 1][i + 1]) for i in range(len(labels))) / len(predictions)
print(round(accuracy, 4))
