import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

x = w(2, 4, 3)
lstm = layers.LSTM(5)
lstm.build((None, 4, 3))
print([v.shape for v in lstm.get_weights()])
print(np.round(lstm.get_weights()[2], 4).tolist())
lstm.set_weights([w(3, 20), w(5, 20) * 0.5, w(20) * 0.1])
print(np.round(np.asarray(lstm(x)), 4).tolist())
seq = layers.LSTM(2, return_sequences=True)
seq.build((None, 4, 3))
seq.set_weights([w(3, 8), w(2, 8), w(8)])
print(np.round(np.asarray(seq(x)), 4).tolist())
