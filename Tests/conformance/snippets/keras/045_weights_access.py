import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((3,)), layers.Dense(2, name="hidden"), layers.Dense(1, name="out")])
print([v.path for v in model.weights])
print([v.shape for v in model.trainable_weights])
print(model.get_layer("out").name, model.get_layer(index=0).name)
v = model.layers[0].weights[0]
v.assign(w(3, 2))
print(np.round(v.numpy(), 4).tolist())
model.layers[0].trainable = False
print(len(model.trainable_weights), len(model.layers[0].non_trainable_weights))
model.compile(optimizer="sgd", loss="mse")
before = model.layers[0].get_weights()[0].copy()
model.fit(w(6, 3), w(6, 1), epochs=2, verbose=0)
print(np.array_equal(before, model.layers[0].get_weights()[0]))
model.summary()
