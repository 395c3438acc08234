import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

from keras.utils import to_categorical

model = keras.Sequential([keras.Input((4,)), layers.Dense(3)])
model.set_weights([w(4, 3), w(3)])
model.compile(optimizer="rmsprop", loss=keras.losses.CategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
x = w(16, 4) * 2
y = to_categorical(np.arange(16) % 3, 3)
h = model.fit(x, y, epochs=3, batch_size=5, shuffle=False, verbose=0)
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
