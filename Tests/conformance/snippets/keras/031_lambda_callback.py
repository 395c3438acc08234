import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((2,)), layers.Dense(1)])
model.set_weights([w(2, 1), w(1)])
model.compile(optimizer="sgd", loss="mse", metrics=["mae"])
x = w(8, 2)
y = x[:, :1] - x[:, 1:]
seen = []
cb = keras.callbacks.LambdaCallback(
    on_epoch_end=lambda epoch, logs: print(epoch, sorted(logs), round(logs["loss"], 4)),
    on_train_begin=lambda logs: seen.append("begin"),
    on_train_end=lambda logs: seen.append("end"),
)
model.fit(x, y, epochs=3, batch_size=3, shuffle=False, verbose=0, callbacks=[cb])
print(seen)
