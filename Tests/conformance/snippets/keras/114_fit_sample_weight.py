import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# fit, evaluate and train_on_batch with sample_weight: the loss weighs each sample; the
# compiled metrics stay unweighted, as Keras's `metrics=` are.
model = keras.Sequential([keras.Input((3,)), layers.Dense(4, activation="tanh"), layers.Dense(1)])
model.set_weights([w(*a.shape) for a in model.get_weights()])
model.compile(keras.optimizers.SGD(0.1), "mse", metrics=["mae"])
x, y = w(8, 3) * 3, w(8, 1) + 0.5
sw = np.arange(8, dtype="float32") / 4
h = model.fit(x, y, sample_weight=sw, epochs=3, batch_size=4, verbose=0, shuffle=False)
print(np.round(h.history["loss"], 4).tolist(), np.round(h.history["mae"], 4).tolist())
print(np.round(model.evaluate(x, y, sample_weight=sw, verbose=0), 4).tolist())
print(np.round(model.train_on_batch(x[:4], y[:4], sample_weight=sw[:4]), 4).tolist())
print(np.round(model.test_on_batch(x[:4], y[:4], sample_weight=sw[:4]), 4).tolist())
