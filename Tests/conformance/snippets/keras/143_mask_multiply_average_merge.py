import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Merges OR their inputs' masks; an unmasked input drops the mask.
a = keras.Input(shape=(4,), dtype="int32")
b = keras.Input(shape=(4,), dtype="int32")
c = keras.Input(shape=(4, 3))
ea = layers.Embedding(5, 3, mask_zero=True)(a)
eb = layers.Embedding(5, 3, mask_zero=True)(b)
pool = layers.GlobalAveragePooling1D()
outs = [pool(layers.Multiply()([ea, eb])), pool(layers.Average()([ea, eb])), pool(layers.Subtract()([ea, eb])),
        pool(layers.Add()([ea, c]))]
m = keras.Model([a, b, c], outs)
m.set_weights([w(*v.shape) for v in m.get_weights()])
xa = np.array([[1, 2, 0, 0], [3, 0, 0, 0]])
xb = np.array([[1, 0, 0, 0], [2, 2, 2, 0]])
for r in m.predict([xa, xb, w(2, 4, 3)], verbose=0):
    print(np.round(r, 4).tolist())
