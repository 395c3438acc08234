import csv, random
random.seed(0)
with open('iris_small.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['sepal_length', 'sepal_width', 'species'])
    for i in range(6):
        w.writerow([round(4.5 + i * 0.3, 1), round(3.0 + (i % 3) * 0.2, 1), ['setosa', 'versicolor'][i % 2]])
with open('iris_small.csv', newline='') as f:
    reader = csv.reader(f)
    header = next(reader)
    rows = [r for r in reader]
print(header, len(rows))
X = [[float(v) for v in r[:2]] for r in rows]
labels = sorted(set(r[2] for r in rows))
y = [labels.index(r[2]) for r in rows]
print(X[:3], y, labels)
means = [round(sum(col) / len(col), 3) for col in zip(*X)]
print('means', means)
