import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# A regression model with the Huber loss by object, evaluated and trained.
model = keras.Sequential([keras.Input((3,)), layers.Dense(4, activation="relu"), layers.Dense(2)])
model.set_weights([w(*a.shape) for a in model.get_weights()])
model.compile(keras.optimizers.Adam(0.05), keras.losses.Huber(delta=0.3), metrics=["mae", "mse"])
x, y = w(9, 3) * 3, w(9, 2) * 4
print(np.round(model.evaluate(x, y, verbose=0), 4).tolist())
h = model.fit(x, y, epochs=3, batch_size=3, verbose=0, shuffle=False)
for key in sorted(h.history):
    print(key, np.round(h.history[key], 4).tolist())
print(model.loss.name, model.loss.reduction)
