import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

layer = layers.Dense(2)
layer.build((None, 3))
try:
    layer.set_weights([w(2, 3), w(2)])
except ValueError as e:
    print("ValueError")
try:
    layer.set_weights([w(3, 2)])
except ValueError as e:
    print("ValueError")
model = keras.Sequential([keras.Input((3,)), layers.Dense(2)])
try:
    model.fit(w(4, 3), w(4, 2), verbose=0)
except ValueError as e:
    print("ValueError:", e)
model.set_weights(model.get_weights())
print(len(model.weights), [v.shape for v in model.weights])
layers.Dense(0)
