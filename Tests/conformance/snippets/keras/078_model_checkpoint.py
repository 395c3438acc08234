import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

import os
model = keras.Sequential([keras.Input((3,)), layers.Dense(1)])
model.set_weights([w(3, 1), w(1)])
model.compile(keras.optimizers.SGD(0.05), loss="mse")
x, y = w(12, 3), w(12, 1)
best = keras.callbacks.ModelCheckpoint("best.keras", monitor="loss", save_best_only=True, verbose=1)
each = keras.callbacks.ModelCheckpoint("ckpt_{epoch:02d}.weights.h5", save_weights_only=True)
model.fit(x, y, epochs=3, batch_size=4, shuffle=False, verbose=0, callbacks=[best, each])
print(sorted(f for f in os.listdir(".") if "ckpt" in f or f.endswith(".keras")))
print(round(float(best.best), 4))
print(np.round(keras.models.load_model("best.keras").predict(x[:2], verbose=0), 4).tolist())
for bad in [lambda: keras.callbacks.ModelCheckpoint("w.h5", save_weights_only=True), lambda: keras.callbacks.ModelCheckpoint("m.h5")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", str(e)[:50])
