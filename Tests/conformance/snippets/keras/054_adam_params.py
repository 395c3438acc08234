import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((3,)), layers.Dense(2)])
model.set_weights([w(3, 2), w(2)])
opt = keras.optimizers.Adam(learning_rate=0.05, beta_1=0.8, beta_2=0.95, epsilon=1e-3)
model.compile(optimizer=opt, loss="mae")
h = model.fit(w(10, 3), w(10, 2) * 3, epochs=3, batch_size=4, shuffle=False, verbose=0)
print([round(v, 4) for v in h.history["loss"]])
print(round(float(model.optimizer.learning_rate), 4))
model.optimizer.learning_rate = 0.001
print(round(float(model.optimizer.learning_rate), 4))
h = model.fit(w(10, 3), w(10, 2) * 3, epochs=1, batch_size=4, shuffle=False, verbose=0)
print([round(v, 4) for v in h.history["loss"]])
