import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((4,)), layers.Dense(3, activation="tanh"), layers.Dense(2)])
model.set_weights([w(4, 3), w(3), w(3, 2), w(2)])
model.compile(optimizer=keras.optimizers.Adagrad(learning_rate=0.1), loss="mse")
x = w(16, 4) * 2
y = np.stack([x[:, 0] - x[:, 1], x[:, 2] * 0.5], axis=1).astype("float32")
h = model.fit(x, y, epochs=4, batch_size=5, shuffle=False, verbose=0)
print([round(v, 4) for v in h.history["loss"]])
print(np.round(model.get_weights()[2], 4).tolist())
