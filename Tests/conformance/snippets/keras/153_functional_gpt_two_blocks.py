import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Two causal Transformer blocks built by a helper function, then next-token prediction.
def block(x, name):
    h = layers.LayerNormalization(name=name + "_ln1")(x)
    h = layers.MultiHeadAttention(num_heads=2, key_dim=4, name=name + "_attn")(h, h, use_causal_mask=True)
    x = x + h
    h = layers.LayerNormalization(name=name + "_ln2")(x)
    h = layers.Dense(16, activation="gelu", name=name + "_up")(h)
    return x + layers.Dense(8, name=name + "_down")(h)


T, V = 6, 9
tokens = keras.Input(shape=(T,), dtype="int32")
positions = keras.Input(shape=(T,), dtype="int32")
x = layers.Embedding(V, 8)(tokens) + layers.Embedding(T, 8)(positions)
x = block(block(x, "b1"), "b2")
logits = layers.Dense(V)(layers.LayerNormalization()(x))
m = keras.Model([tokens, positions], logits)
m.set_weights([w(*a.shape) for a in m.get_weights()])
print(m.count_params(), len(m.layers))
X = np.array([[1, 2, 3, 4, 5, 6], [2, 3, 4, 5, 6, 7], [3, 4, 5, 6, 7, 8]])
P = np.tile(np.arange(T), (3, 1))
print(np.round(m.predict([X, P], verbose=0)[0, -1], 4).tolist())
m.compile(keras.optimizers.Adam(0.01), keras.losses.SparseCategoricalCrossentropy(from_logits=True))
print(np.round(m.fit([X, P], (X + 1) % V, epochs=3, verbose=0, shuffle=False).history["loss"], 3).tolist())
