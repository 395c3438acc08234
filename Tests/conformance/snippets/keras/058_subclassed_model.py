import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

class MLP(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = layers.Dense(3, activation="relu")
        self.out = layers.Dense(2)

    def call(self, x):
        return self.out(self.hidden(x))


model = MLP()
y = model(w(2, 4))
model.set_weights([w(4, 3), w(3), w(3, 2), w(2)])
print(np.round(np.asarray(model(w(2, 4))), 4).tolist())
model.compile(optimizer="sgd", loss="mse")
h = model.fit(w(6, 4), w(6, 2), epochs=2, batch_size=3, shuffle=False, verbose=0)
print([round(v, 4) for v in h.history["loss"]])
