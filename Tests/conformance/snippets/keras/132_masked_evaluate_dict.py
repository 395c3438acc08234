import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# evaluate(return_dict=True) and predict on a masked GRU sequence tagger.
x = np.array([[2, 3, 1, 0], [1, 1, 0, 0], [3, 2, 1, 2]])
y = np.array([[1, 0, 1, 0], [0, 1, 0, 0], [1, 1, 0, 1]])
m = keras.Sequential([keras.Input((4,)), layers.Embedding(4, 3, mask_zero=True), layers.GRU(3, return_sequences=True),
                      layers.Dense(2)])
m.set_weights([w(*a.shape) for a in m.get_weights()])
m.compile("adam", keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
r = m.evaluate(x, y, verbose=0, return_dict=True)
print({k: round(v, 4) for k, v in r.items()})
print(np.round(m.predict(x, verbose=0)[1], 4).tolist())
