import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((3,)), layers.Dense(1)])
model.set_weights([w(3, 1), w(1)])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.5), loss="mse")
x = w(12, 3) * 3
y = x[:, :1] * 2
stop = keras.callbacks.EarlyStopping(monitor="val_loss", patience=2, restore_best_weights=True)
h = model.fit(x, y, epochs=40, batch_size=4, shuffle=False, verbose=0, validation_data=(x[:4], y[:4] + 1), callbacks=[stop])
print(len(h.history["loss"]), stop.stopped_epoch, stop.best_epoch if hasattr(stop, "best_epoch") else None)
print(round(min(h.history["val_loss"]), 4), round(model.evaluate(x[:4], y[:4] + 1, verbose=0), 4))
