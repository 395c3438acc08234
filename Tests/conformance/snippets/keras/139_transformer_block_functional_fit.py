import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# A Transformer encoder block in the functional API (attention, residuals with symbolic +,
# LayerNormalization, feed-forward) classifying sequences through pooling.
inp = keras.Input(shape=(5, 4))
h = layers.MultiHeadAttention(num_heads=2, key_dim=2, name="attn")(inp, inp)
x = layers.LayerNormalization(epsilon=1e-6)(inp + h)
f = layers.Dense(8, activation="relu")(x)
f = layers.Dense(4)(f)
x = layers.LayerNormalization(epsilon=1e-6)(x + f)
out = layers.Dense(3)(layers.GlobalAveragePooling1D()(x))
m = keras.Model(inp, out)
m.set_weights([w(*a.shape) for a in m.get_weights()])
print(m.count_params(), [l.name for l in m.layers])
X, Y = w(6, 5, 4) * 3, np.array([0, 1, 2, 0, 1, 2])
m.compile(keras.optimizers.Adam(0.01), keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
h = m.fit(X, Y, epochs=3, batch_size=3, verbose=0, shuffle=False)
print(np.round(h.history["loss"], 4).tolist())
print(np.round(m.predict(X[:2], verbose=0), 4).tolist())
