import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# A functional model whose attention calls use use_causal_mask and an attention_mask input
# survives model.save and load_model: the reloaded model predicts the same.
tokens = keras.Input(shape=(5,), dtype="int32")
allowed = keras.Input(shape=(5, 5))
x = layers.Embedding(9, 6)(tokens)
h = layers.MultiHeadAttention(num_heads=2, key_dim=3)(x, x, use_causal_mask=True)
g = layers.MultiHeadAttention(num_heads=1, key_dim=2)(x, x, attention_mask=allowed)
out = layers.Dense(9)(layers.Add()([x, h, g]))
model = keras.Model([tokens, allowed], out)
model.set_weights([w(*a.shape) for a in model.get_weights()])
X = np.array([[1, 2, 3, 4, 5], [8, 7, 6, 0, 0]])
M = np.tril(np.ones((5, 5), "float32"))[None].repeat(2, axis=0)
M[1, :, 3:] = 0
before = model.predict([X, M], verbose=0)
model.save("causal.keras")
again = keras.models.load_model("causal.keras")
after = again.predict([X, M], verbose=0)
print(np.allclose(before, after, atol=1e-6), np.round(after[1, 4, :4], 4).tolist())
print([l.__class__.__name__ for l in again.layers])
