import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Loss functions on sequence-shaped values: one loss per sample and position.
yt = w(2, 3, 4) + 0.5
yp = w(3, 2, 4).reshape(2, 3, 4) * 2 + 0.5
for f in [keras.losses.mean_squared_error, keras.losses.mean_absolute_error, keras.losses.huber,
          keras.losses.mean_squared_logarithmic_error]:
    v = np.asarray(f(yt, yp))
    print(f.__name__, v.shape, np.round(v, 4).tolist())
labels = np.array([[0, 3, 1], [2, 2, 0]])
v = np.asarray(keras.losses.sparse_categorical_crossentropy(labels, yp, from_logits=True))
print(v.shape, np.round(v, 4).tolist())
