import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Embedding(mask_zero=True): the mask reaches attention (padded keys and queries masked),
# passes through Dense, and GlobalAveragePooling1D averages only the real steps.
x = np.array([[3, 1, 2, 0, 0], [4, 4, 1, 2, 0]])
inp = keras.Input(shape=(5,), dtype="int32")
e = layers.Embedding(6, 4, mask_zero=True)(inp)
a = layers.MultiHeadAttention(num_heads=2, key_dim=2)(e, e)
d = layers.Dense(3)(a)
p = layers.GlobalAveragePooling1D()(d)
m = keras.Model(inp, [d, p])
m.set_weights([w(*a.shape) for a in m.get_weights()])
o1, o2 = m.predict(x, verbose=0)
print(np.round(o1, 4).tolist())
print(np.round(o2, 4).tolist())
