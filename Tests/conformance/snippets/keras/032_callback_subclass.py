import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

class Recorder(keras.callbacks.Callback):
    def __init__(self):
        super().__init__()
        self.batches = 0
        self.events = []

    def on_train_begin(self, logs=None):
        self.events.append(("train_begin", self.model.name))

    def on_epoch_begin(self, epoch, logs=None):
        self.events.append(("epoch_begin", epoch))

    def on_train_batch_end(self, batch, logs=None):
        self.batches += 1

    def on_epoch_end(self, epoch, logs=None):
        self.events.append(("epoch_end", epoch, round(logs["loss"], 4)))
        if epoch == 1:
            self.model.stop_training = True


model = keras.Sequential([keras.Input((2,)), layers.Dense(1)], name="tiny")
model.set_weights([w(2, 1), w(1)])
model.compile(optimizer="sgd", loss="mse")
r = Recorder()
h = model.fit(w(10, 2), w(10, 1), epochs=5, batch_size=4, shuffle=False, verbose=0, callbacks=[r])
print(r.events)
print(r.batches, len(h.history["loss"]))
print(r.params)
