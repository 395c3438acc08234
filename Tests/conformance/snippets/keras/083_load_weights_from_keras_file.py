import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((2,)), layers.Dense(3), layers.Dense(1)])
model.set_weights([w(2, 3), w(3), w(3, 1), w(1)])
model.save("whole.keras")
other = keras.Sequential([keras.Input((2,)), layers.Dense(3), layers.Dense(1)])
other.load_weights("whole.keras")
print(np.round(other.predict(w(2, 2), verbose=0), 4).tolist())
