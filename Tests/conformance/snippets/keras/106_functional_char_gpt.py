import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# A character-level GPT in the functional API: token and position embeddings, one causal
# Transformer block, logits trained with sparse cross-entropy, then greedy generation.
text = "to be or not to be, that is the question. " * 6
chars = sorted(set(text))
V, T, D = len(chars), 8, 16
stoi = {c: i for i, c in enumerate(chars)}
ids = np.array([stoi[c] for c in text])
X = np.stack([ids[i:i + T] for i in range(0, len(ids) - T - 1, 3)])
Y = np.stack([ids[i + 1:i + T + 1] for i in range(0, len(ids) - T - 1, 3)])
P = np.tile(np.arange(T), (len(X), 1))

tokens = keras.Input(shape=(T,), dtype="int32", name="tokens")
positions = keras.Input(shape=(T,), dtype="int32", name="positions")
x = layers.Embedding(V, D)(tokens) + layers.Embedding(T, D)(positions)
h = layers.LayerNormalization()(x)
h = layers.MultiHeadAttention(num_heads=2, key_dim=8)(h, h, use_causal_mask=True)
x = layers.Add()([x, h])
h = layers.LayerNormalization()(x)
h = layers.Dense(32, activation="relu")(h)
h = layers.Dense(D)(h)
x = x + h
logits = layers.Dense(V)(layers.LayerNormalization()(x))
model = keras.Model([tokens, positions], logits)
model.set_weights([w(*a.shape) for a in model.get_weights()])
model.summary()
print([l.__class__.__name__ for l in model.layers])
print(model.count_params(), model.output_shape)
out = model.predict([X[:2], P[:2]], verbose=0)
print(out.shape, np.round(out[0, :2, :5], 4).tolist())
model.compile(optimizer=keras.optimizers.Adam(0.01), loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
hist = model.fit([X, P], Y, epochs=5, batch_size=16, shuffle=False, verbose=0)
print(np.round(hist.history["loss"], 3).tolist())
print(np.round(hist.history["accuracy"], 3).tolist())
context = [stoi[c] for c in "to be or"]
for _ in range(12):
    window = np.array([context[-T:]])
    step = model.predict([window, np.arange(T)[None]], verbose=0)
    context.append(int(np.argmax(step[0, -1])))
print("".join(chars[i] for i in context))
