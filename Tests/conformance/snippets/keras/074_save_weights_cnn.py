import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

def cnn():
    return keras.Sequential([keras.Input((6, 6, 2)), layers.Conv2D(3, 3, padding="same"), layers.BatchNormalization(),
                             layers.MaxPooling2D(), layers.Flatten(), layers.Dense(2)])

model = cnn()
model.set_weights([w(*a.shape) + i for i, a in enumerate(model.get_weights())])
model.save_weights("cnn.weights.h5")
other = cnn()
other.load_weights("cnn.weights.h5")
print([a.shape for a in other.get_weights()])
print(all(np.array_equal(a, b) for a, b in zip(model.get_weights(), other.get_weights())))
print(np.round(other.predict(w(2, 6, 6, 2), verbose=0), 4).tolist())
