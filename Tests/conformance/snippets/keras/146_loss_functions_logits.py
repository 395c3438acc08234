import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Cross-entropy functions from logits and on sequences of class scores.
logits = w(2, 3, 4) * 6
onehot = np.eye(4)[[[0, 1, 3], [2, 2, 1]]]
print(np.round(np.asarray(keras.losses.categorical_crossentropy(onehot, logits, from_logits=True)), 4).tolist())
probs = np.exp(logits) / np.exp(logits).sum(-1, keepdims=True)
print(np.round(np.asarray(keras.losses.categorical_crossentropy(onehot, probs)), 4).tolist())
bt = (w(3, 2) > 0).astype("float32")
print(np.round(np.asarray(keras.losses.binary_crossentropy(bt, w(3, 2) * 5, from_logits=True)), 4).tolist())
print(np.round(np.asarray(keras.losses.binary_crossentropy(bt, 1 / (1 + np.exp(-w(3, 2) * 5)))), 4).tolist())
