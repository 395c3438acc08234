import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

def make():
    m = keras.Sequential([keras.Input((3,)), layers.Dense(2, activation="tanh"), layers.Dense(1)])
    m.set_weights([w(3, 2), w(2), w(2, 1), w(1)])
    m.compile(keras.optimizers.Adam(0.05), loss="mse")
    return m

x, y = w(8, 3), w(8, 1)
model = make()
model.fit(x, y, epochs=2, batch_size=4, shuffle=False, verbose=0)
model.save("adam.keras")
resumed = keras.models.load_model("adam.keras")
print(int(resumed.optimizer.iterations))
a = model.fit(x, y, epochs=2, batch_size=4, shuffle=False, verbose=0).history["loss"]
b = resumed.fit(x, y, epochs=2, batch_size=4, shuffle=False, verbose=0).history["loss"]
print(np.round(a, 5).tolist())
print(np.round(b, 5).tolist())
