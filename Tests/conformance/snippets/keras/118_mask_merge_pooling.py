import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Masks through a merge (and-ed), Dropout and LayerNormalization into masked pooling.
a = keras.Input(shape=(4,), dtype="int32")
b = keras.Input(shape=(4,), dtype="int32")
ea = layers.Embedding(5, 3, mask_zero=True)(a)
eb = layers.Embedding(5, 3, mask_zero=True)(b)
h = layers.Add()([ea, eb])
h = layers.Dropout(0.5)(h)
h = layers.LayerNormalization()(h)
out = layers.GlobalAveragePooling1D()(h)
m = keras.Model([a, b], out)
m.set_weights([w(*v.shape) for v in m.get_weights()])
xa = np.array([[1, 2, 3, 0], [2, 2, 0, 0]])
xb = np.array([[1, 1, 0, 0], [4, 3, 2, 1]])
print(np.round(m.predict([xa, xb], verbose=0), 4).tolist())
