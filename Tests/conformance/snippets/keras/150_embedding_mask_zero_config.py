import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# mask_zero is kept in the config and survives a save and load.
m = keras.Sequential([keras.Input((3,)), layers.Embedding(5, 2, mask_zero=True), layers.LSTM(2), layers.Dense(1)])
m.set_weights([w(*a.shape) for a in m.get_weights()])
print(m.layers[0].get_config()["mask_zero"], m.layers[0].mask_zero)
m.save("masked.keras")
r = keras.models.load_model("masked.keras")
print(r.layers[0].get_config()["mask_zero"])
x = np.array([[1, 0, 0], [2, 3, 0]])
print(np.allclose(r.predict(x, verbose=0), m.predict(x, verbose=0)), np.round(r.predict(x, verbose=0), 4).tolist())
