import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Causal attention over left-aligned, zero-padded sequences: the padding mask of
# Embedding(mask_zero=True) and the causal mask combine; the loss skips the padding.
T, V, D = 6, 7, 8
tokens = keras.Input(shape=(T,), dtype="int32")
x = layers.Embedding(V, D, mask_zero=True)(tokens)
h = layers.MultiHeadAttention(num_heads=2, key_dim=4)(x, x, use_causal_mask=True)
x = layers.LayerNormalization()(layers.Add()([x, h]))
logits = layers.Dense(V)(x)
model = keras.Model(tokens, logits)
model.set_weights([w(*a.shape) for a in model.get_weights()])
X = np.array([[1, 2, 3, 4, 0, 0], [5, 6, 1, 2, 3, 0], [2, 3, 0, 0, 0, 0]])
Y = np.array([[2, 3, 4, 5, 0, 0], [6, 1, 2, 3, 4, 0], [3, 4, 0, 0, 0, 0]])
print(np.round(model.predict(X, verbose=0)[:, :, :3], 4).tolist())
model.compile(keras.optimizers.Adam(0.02), keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
print(np.round(model.evaluate(X, Y, verbose=0), 4).tolist())
h = model.fit(X, Y, epochs=4, verbose=0, shuffle=False)
print(np.round(h.history["loss"], 4).tolist())
