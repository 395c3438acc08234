import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Loss objects with other reductions and the newer losses, by name and object, in fit.
x, y = w(6, 2) * 3, w(6, 1) + 1
for loss in [keras.losses.MeanSquaredError(reduction="sum"), "huber", "mean_squared_logarithmic_error",
             keras.losses.Huber(delta=0.1), keras.losses.MeanAbsoluteError(reduction="sum")]:
    model = keras.Sequential([keras.Input((2,)), layers.Dense(1)])
    model.set_weights([w(*a.shape) for a in model.get_weights()])
    model.compile(keras.optimizers.SGD(0.05), loss)
    print(np.round(model.fit(x, y, epochs=2, batch_size=3, verbose=0, shuffle=False).history["loss"], 4).tolist())
