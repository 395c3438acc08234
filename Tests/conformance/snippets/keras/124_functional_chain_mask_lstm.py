import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# A functional chain Input -> Embedding(mask_zero) -> LSTM -> Dense, trained on padded data.
inp = keras.Input(shape=(6,))
h = layers.Embedding(8, 4, mask_zero=True)(inp)
h = layers.LSTM(3)(h)
out = layers.Dense(1, activation="sigmoid")(h)
m = keras.Model(inp, out)
m.set_weights([w(*a.shape) for a in m.get_weights()])
x = np.array([[0, 0, 0, 1, 2, 3], [0, 4, 5, 6, 7, 1], [0, 0, 0, 0, 0, 2], [3, 3, 3, 3, 3, 3]])
y = np.array([1, 0, 1, 0])
print(np.round(m.predict(x, verbose=0), 4).tolist())
m.compile(keras.optimizers.Adam(0.05), "binary_crossentropy", metrics=["accuracy"])
h = m.fit(x, y, epochs=3, verbose=0, shuffle=False)
print(np.round(h.history["loss"], 4).tolist(), h.history["accuracy"])
