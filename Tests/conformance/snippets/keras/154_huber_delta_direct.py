import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Huber around its threshold, and the loss object's reductions and weights.
yt = np.zeros((1, 5), "float32")
yp = np.array([[-2.0, -1.0, 0.5, 1.0, 3.0]], "float32")
for d in [0.5, 1.0, 2.5]:
    print(d, np.round(np.asarray(keras.losses.huber(yt, yp, delta=d)), 5).tolist(), round(float(keras.losses.Huber(delta=d)(yt, yp)), 5))
print(np.round(np.asarray(keras.losses.Huber(reduction="none")(np.zeros((2, 2)), np.array([[0.5, 2.0], [1.0, -1.0]]))), 5).tolist())
print(round(float(keras.losses.Huber(reduction="sum")(np.zeros((2, 2)), np.array([[0.5, 2.0], [1.0, -1.0]]))), 5))
