import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

a = keras.Input((3,))
b = keras.Input((3,))
parts = [layers.concatenate([a, b]), layers.add([a, b]), layers.subtract([a, b]), layers.multiply([a, b]), layers.average([a, b])]
model = keras.Model([a, b], parts)
print(len(model.inputs), len(model.outputs), [l.__class__.__name__ for l in model.layers])
out = model.predict([w(2, 3), w(2, 3) + 1], verbose=0)
for o in out:
    print(o.shape, np.round(o, 4).tolist())
print(np.round(np.asarray(layers.Concatenate(axis=0)([w(1, 2), w(2, 2)])), 4).tolist())
try:
    layers.Add()([keras.Input((3,)), keras.Input((4,))])
except ValueError as e:
    print("ValueError")
