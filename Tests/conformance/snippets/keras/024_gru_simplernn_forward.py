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
gru = layers.GRU(3)
gru.build((None, 4, 3))
print([v.shape for v in gru.get_weights()])
gru.set_weights([w(3, 9), w(3, 9) * 0.5, w(2, 9) * 0.1])
print(np.round(np.asarray(gru(x)), 4).tolist())
rnn = layers.SimpleRNN(4, return_sequences=True)
rnn.build((None, 4, 3))
rnn.set_weights([w(3, 4), w(4, 4) * 0.5, w(4) * 0.1])
print(np.round(np.asarray(rnn(x)), 4).tolist())
relu = layers.SimpleRNN(2, activation="relu")
relu.build((None, 4, 3))
relu.set_weights([w(3, 2), w(2, 2), w(2)])
print(np.round(np.asarray(relu(x)), 4).tolist())
