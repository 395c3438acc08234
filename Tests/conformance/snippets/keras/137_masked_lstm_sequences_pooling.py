import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# LSTM(return_sequences=True) keeps the mask, so the pooling after it skips the padding.
x = np.array([[0, 0, 2, 3, 1], [1, 1, 4, 0, 0], [2, 0, 0, 0, 0]])
m = keras.Sequential([keras.Input((5,)), layers.Embedding(5, 3, mask_zero=True), layers.LSTM(2, return_sequences=True),
                      layers.GlobalAveragePooling1D(), layers.Dense(1, activation="sigmoid")])
m.set_weights([w(*a.shape) for a in m.get_weights()])
print(np.round(m.predict(x, verbose=0), 4).tolist())
m.compile(keras.optimizers.Adam(0.05), "binary_crossentropy", metrics=["accuracy"])
h = m.fit(x, np.array([1, 0, 1]), epochs=3, verbose=0, shuffle=False)
print(np.round(h.history["loss"], 4).tolist())
