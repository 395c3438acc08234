import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Conv1D into GlobalMaxPooling1D, trained with RMSprop.
model = keras.Sequential([keras.Input((6, 2)), layers.Conv1D(3, 2, activation="relu"), layers.GlobalMaxPooling1D(), layers.Dense(1)])
model.set_weights([w(*a.shape) for a in model.get_weights()])
x, y = w(8, 6, 2) * 4, w(8, 1)
print(np.round(model.predict(x, verbose=0), 4).tolist())
model.compile(keras.optimizers.RMSprop(0.01), "mae", metrics=["mse"])
h = model.fit(x, y, epochs=3, batch_size=4, verbose=0, shuffle=False)
print(np.round(h.history["loss"], 4).tolist(), np.round(h.history["mse"], 4).tolist())
