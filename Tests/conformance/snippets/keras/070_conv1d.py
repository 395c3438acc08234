import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

x = w(2, 9, 3)
for padding, strides in [("valid", 1), ("same", 1), ("valid", 2)]:
    conv = layers.Conv1D(4, 3, strides=strides, padding=padding, activation="relu")
    conv.build((None, 9, 3))
    conv.set_weights([w(3, 3, 4), w(4) * 0.1])
    y = np.asarray(conv(x))
    print(padding, strides, y.shape, np.round(y[1, :2], 4).tolist())
print(np.round(np.asarray(layers.MaxPooling1D()(x))[0], 4).tolist())
print(np.round(np.asarray(layers.AveragePooling1D(pool_size=3, strides=2)(x))[1], 4).tolist())
model = keras.Sequential([keras.Input((9,)), layers.Embedding(12, 3), layers.Conv1D(4, 3, activation="relu"), layers.MaxPooling1D(2),
                          layers.GlobalMaxPooling1D(), layers.Dense(1, activation="sigmoid")])
model.summary()
model.set_weights([w(12, 3), w(3, 3, 4), w(4) * 0.1, w(4, 1), w(1)])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
ids = (np.arange(54).reshape(6, 9) * 5) % 12
h = model.fit(ids, (np.arange(6) % 2).astype("float32"), epochs=3, batch_size=4, shuffle=False, verbose=0)
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
