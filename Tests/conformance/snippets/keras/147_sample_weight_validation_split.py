import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# validation_split with sample_weight: the weights of the kept samples weigh the training loss.
model = keras.Sequential([keras.Input((2,)), layers.Dense(1)])
model.set_weights([w(*a.shape) for a in model.get_weights()])
model.compile(keras.optimizers.SGD(0.1), "mae")
x, y = w(10, 2) * 3, w(10, 1) * 2
h = model.fit(x, y, sample_weight=np.linspace(0, 2, 10), validation_split=0.3, epochs=3, batch_size=4, verbose=0, shuffle=False)
print(np.round(h.history["loss"], 4).tolist(), np.round(h.history["val_loss"], 4).tolist())
