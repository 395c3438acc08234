import numpy as np
y = np.array([1, 0, 1, 1, 0, 1, 0])
p = np.array([1, 0, 0, 1, 1, 1, 0])
tp = np.sum((p == 1) & (y == 1))
fp = np.sum((p == 1) & (y == 0))
fn = np.sum((p == 0) & (y == 1))
prec, rec = tp / (tp + fp), tp / (tp + fn)
print(tp, fp, fn, prec, rec, 2 * prec * rec / (prec + rec))
