import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Metrics weighted by sample_weight, keras.metrics.Mean and the top-k accuracies.
acc = keras.metrics.Accuracy()
acc.update_state([1, 2, 3], [1, 2, 4], sample_weight=[1, 0, 1])
print(float(acc.result()))
m = keras.metrics.Mean()
m.update_state([1, 2, 3], sample_weight=[1, 0, 1])
m.update_state([[4.0, 8.0]])
print(float(m.result()), m.name)
k = keras.metrics.SparseTopKCategoricalAccuracy(k=2)
k.update_state([2, 0], [[0.1, 0.5, 0.4], [0.1, 0.5, 0.4]])
print(float(k.result()), k.name)
t = keras.metrics.TopKCategoricalAccuracy(k=1)
t.update_state([[0, 0, 1], [0, 1, 0]], [[0.1, 0.5, 0.4], [0.1, 0.5, 0.4]], sample_weight=[0.2, 0.8])
print(float(t.result()), t.name)
s = keras.metrics.SparseCategoricalAccuracy()
s.update_state([2, 1], [[0.1, 0.5, 0.4], [0.1, 0.5, 0.4]], sample_weight=[0.2, 0.8])
print(float(s.result()))
e = keras.metrics.MeanSquaredError()
e.update_state([[1.0], [2.0]], [[0.0], [0.0]], sample_weight=[1, 3])
print(float(e.result()))
b = keras.metrics.BinaryAccuracy()
b.update_state([[1], [0], [1]], [[0.7], [0.6], [0.2]], sample_weight=[2, 1, 1])
print(float(b.result()))
