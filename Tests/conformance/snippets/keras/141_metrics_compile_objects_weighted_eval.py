import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Compiled metric objects stay unweighted when evaluate gets sample weights; the loss is weighted.
model = keras.Sequential([keras.Input((3,)), layers.Dense(3)])
model.set_weights([w(*a.shape) for a in model.get_weights()])
model.compile("sgd", keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=[keras.metrics.SparseCategoricalAccuracy(), keras.metrics.SparseTopKCategoricalAccuracy(k=2)])
x, y = w(6, 3) * 5, np.array([0, 1, 2, 2, 1, 0])
print(np.round(model.evaluate(x, y, verbose=0), 4).tolist())
print(np.round(model.evaluate(x, y, sample_weight=np.array([1, 0, 0, 1, 1, 0.5]), verbose=0), 4).tolist())
