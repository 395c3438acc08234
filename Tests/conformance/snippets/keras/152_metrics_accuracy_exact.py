import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# keras.metrics.Accuracy counts exact matches; BinaryAccuracy thresholds; both weighted.
a = keras.metrics.Accuracy()
a.update_state([[1], [2], [3], [4]], [[0], [2], [3], [4]])
print(float(a.result()))
a.update_state([[1], [2]], [[1], [0]], sample_weight=[3, 1])
print(round(float(a.result()), 5))
b = keras.metrics.BinaryAccuracy(threshold=0.7)
b.update_state([[1], [1], [0]], [[0.8], [0.6], [0.1]])
print(round(float(b.result()), 5))
