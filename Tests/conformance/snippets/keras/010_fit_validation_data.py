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
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.05), loss="mae", metrics=["mse"])
x = w(12, 3)
y = w(12, 2) + 0.5
h = model.fit(x, y, epochs=3, batch_size=5, validation_data=(x[:4], y[:4]), shuffle=False, verbose=0)
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
print([round(v, 4) for v in model.evaluate(x, y, verbose=0)])
print({k: round(v, 4) for k, v in model.evaluate(x, y, verbose=0, return_dict=True).items()})
