y_true = [0, 1, 2, 2, 1, 0, 1, 2]
y_pred = [0, 2, 2, 2, 1, 0, 0, 1]
n = 3
cm = [[0] * n for _ in range(n)]
for t, p in zip(y_true, y_pred):
    cm[t][p] += 1
for row in cm:
    print(row)
acc = sum(cm[i][i] for i in range(n)) / len(y_true)
print(f"accuracy = {acc:.3f}")
