# Runs under Cellgrad (cellgrad.datasets) and under CPython with scikit-learn (sklearn.datasets,
# by make_expected.py): the bundled tables must read as scikit-learn's own copies.
import numpy as np

try:
    from cellgrad import datasets
except ImportError:
    from sklearn import datasets

for name in ["load_iris", "load_wine", "load_breast_cancer", "load_digits"]:
    bunch = getattr(datasets, name)()
    X, y = bunch.data, bunch.target
    print(name, X.shape, y.shape, X.dtype, y.dtype)
    print(X[:2].tolist(), X[-1].tolist(), y[:5].tolist(), y[-5:].tolist())
    print(round(float(X.sum()), 3), round(float(X.std()), 5), np.bincount(y).tolist())
    print([str(f) for f in bunch.feature_names][:5], len(bunch.feature_names), [str(t) for t in bunch.target_names])
    X2, y2 = getattr(datasets, name)(return_X_y=True)
    print(bool((X2 == X).all()), bool((y2 == y).all()))
digits = datasets.load_digits()
print(digits.images.shape, digits.images[0].tolist(), bool((digits.images.reshape(len(digits.images), -1) == digits.data).all()))
