import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Sample weights weigh the training loss only; validation stays unweighted.
model = keras.Sequential([keras.Input((2,)), layers.Dense(3, activation="relu"), layers.Dense(1, activation="sigmoid")])
model.set_weights([w(*a.shape) for a in model.get_weights()])
model.compile(keras.optimizers.Adam(0.05), "binary_crossentropy", metrics=["accuracy"])
x, y = w(10, 2) * 4, (np.arange(10) % 2).astype("float32")
sw = np.where(y > 0, 2.0, 0.5)
h = model.fit(x, y, sample_weight=sw, validation_data=(x[:4], y[:4]), epochs=3, batch_size=5, verbose=0, shuffle=False)
for k in sorted(h.history):
    print(k, np.round(h.history[k], 4).tolist())
print(model.evaluate(x, y, sample_weight=sw, verbose=0, return_dict=True).keys())
