import numpy as np
group = np.array([1, 0, 1, 0])
score = np.array([2, 1, 1, 2])
by_score = np.argsort(score, kind="stable")
order = by_score[np.argsort(group[by_score], kind="stable")]
print(order, group[order], score[order])
