import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Per-timestep weights on a sequence output, zeros among them.
x = w(4, 3, 2) * 3
y = np.array([[0, 1, 2], [1, 1, 0], [2, 0, 1], [0, 0, 0]])
m = keras.Sequential([keras.Input((3, 2)), layers.Dense(3)])
m.set_weights([w(*a.shape) for a in m.get_weights()])
sw = np.array([[1.0, 0.0, 2.0], [0.5, 0.5, 0.5], [0.0, 0.0, 1.0], [2.0, 1.0, 0.0]])
m.compile(keras.optimizers.SGD(0.1), keras.losses.SparseCategoricalCrossentropy(from_logits=True))
print(round(float(m.evaluate(x, y, sample_weight=sw, verbose=0)), 4))
h = m.fit(x, y, sample_weight=sw, epochs=2, batch_size=2, verbose=0, shuffle=False)
print(np.round(h.history["loss"], 4).tolist())
