import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# An explicit attention_mask input and-ed with the padding masks of the embeddings.
tok = keras.Input(shape=(4,), dtype="int32")
allow = keras.Input(shape=(4, 4))
e = layers.Embedding(6, 4, mask_zero=True)(tok)
a = layers.MultiHeadAttention(num_heads=1, key_dim=3)(e, e, attention_mask=allow)
m = keras.Model([tok, allow], layers.Dense(2)(a))
m.set_weights([w(*v.shape) for v in m.get_weights()])
X = np.array([[1, 2, 3, 0], [4, 5, 0, 0]])
A = np.ones((2, 4, 4), "float32")
A[:, :, 0] = 0
print(np.round(m.predict([X, A], verbose=0), 4).tolist())
