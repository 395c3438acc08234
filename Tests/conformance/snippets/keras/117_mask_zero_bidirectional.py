import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Bidirectional over a masked sequence: the backward copy reads the real steps reversed.
x = np.array([[3, 1, 2, 0, 0], [4, 4, 1, 2, 0], [1, 0, 0, 0, 0]])
for seq in [False, True]:
    m = keras.Sequential([keras.Input((5,)), layers.Embedding(6, 3, mask_zero=True),
                          layers.Bidirectional(layers.LSTM(2, return_sequences=seq))])
    m.set_weights([w(*a.shape) for a in m.get_weights()])
    print(np.round(m.predict(x, verbose=0), 4).tolist())
