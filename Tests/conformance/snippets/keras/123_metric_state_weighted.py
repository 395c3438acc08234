import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Weighted metric state across several updates, reset, and the call form.
m = keras.metrics.MeanAbsoluteError()
m.update_state([[1.0], [2.0]], [[0.5], [0.0]], sample_weight=[1.0, 0.5])
m.update_state([[3.0]], [[1.0]])
print(round(float(m.result()), 5))
m.reset_state()
print(float(m.result()))
acc = keras.metrics.CategoricalAccuracy()
print(round(float(acc([[0, 1], [1, 0], [1, 0]], [[0.2, 0.8], [0.3, 0.7], [0.9, 0.1]], sample_weight=[1, 2, 1])), 5))
mean = keras.metrics.Mean(name="avg")
for v, sw in [(2.0, 1.0), (4.0, 3.0), (10.0, 0.0)]:
    mean.update_state(v, sample_weight=sw)
print(float(mean.result()), mean.name)
k = keras.metrics.TopKCategoricalAccuracy(k=2)
k.update_state([[0, 0, 1], [1, 0, 0]], [[0.3, 0.4, 0.3], [0.1, 0.5, 0.4]])
print(float(k.result()))
