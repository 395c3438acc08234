import numpy as np
import keras
from keras import layers

def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((3,)), layers.Dense(1)])
model.set_weights([w(3, 1), np.zeros(1, "float32")])
model.compile(keras.optimizers.SGD(0.3), loss="mse")
x, y = w(8, 3), w(8, 1) * 4
stop = keras.callbacks.EarlyStopping(monitor="loss", patience=1, min_delta=0.5)
history = model.fit(x, y, epochs=20, verbose=0, shuffle=False, callbacks=[stop])
print(len(history.history["loss"]), stop.stopped_epoch, stop.patience, stop.monitor, stop.wait)
print(np.round(history.history["loss"], 4).tolist())
stop2 = keras.callbacks.EarlyStopping(monitor="val_loss", patience=2, mode="min", baseline=0.001)
h2 = model.fit(x, y, epochs=10, verbose=0, shuffle=False, validation_data=(x, y), callbacks=[stop2])
print(len(h2.history["loss"]), sorted(h2.history), stop2.stopped_epoch)
