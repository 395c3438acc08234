import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

x = w(2, 4, 3)
bi = layers.Bidirectional(layers.LSTM(2))
bi.build((None, 4, 3))
print([v.shape for v in bi.get_weights()])
bi.set_weights([w(3, 8), w(2, 8), w(8) * 0.1, w(3, 8) * -1, w(2, 8) * 0.5, w(8)])
print(np.round(np.asarray(bi(x)), 4).tolist())
seq = layers.Bidirectional(layers.GRU(2, return_sequences=True), merge_mode="sum")
seq.build((None, 4, 3))
seq.set_weights([w(3, 6), w(2, 6), w(2, 6) * 0.1, w(3, 6) * -1, w(2, 6) * 0.5, w(2, 6)])
print(np.round(np.asarray(seq(x)), 4).tolist())
model = keras.Sequential([keras.Input((6,)), layers.Embedding(10, 3), layers.Bidirectional(layers.SimpleRNN(2)), layers.Dense(1, activation="sigmoid")])
model.summary()
model.set_weights([w(10, 3), w(3, 2), w(2, 2), w(2), w(3, 2) * -1, w(2, 2) * 0.5, w(2), w(4, 1), w(1)])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
ids = (np.arange(36).reshape(6, 6) * 7) % 10
h = model.fit(ids, (np.arange(6) % 2).astype("float32"), epochs=3, batch_size=4, shuffle=False, verbose=0)
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
