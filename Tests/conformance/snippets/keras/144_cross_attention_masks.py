import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Cross-attention between two padded sequences: the decoder's mask marks the queries, the
# encoder's the keys and values.
src = keras.Input(shape=(5,), dtype="int32")
tgt = keras.Input(shape=(3,), dtype="int32")
enc = layers.Embedding(7, 4, mask_zero=True)(src)
dec = layers.Embedding(7, 4, mask_zero=True)(tgt)
att = layers.MultiHeadAttention(num_heads=2, key_dim=2)(dec, enc)
out = layers.Dense(2)(att)
m = keras.Model([src, tgt], out)
m.set_weights([w(*a.shape) for a in m.get_weights()])
xs = np.array([[1, 2, 3, 0, 0], [4, 5, 6, 6, 0]])
xt = np.array([[2, 3, 0], [1, 0, 0]])
print(np.round(m.predict([xs, xt], verbose=0), 4).tolist())
m.compile(keras.optimizers.SGD(0.1), "mse")
print(np.round(m.fit([xs, xt], w(2, 3, 2), epochs=2, verbose=0, shuffle=False).history["loss"], 4).tolist())
