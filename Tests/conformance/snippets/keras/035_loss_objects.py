import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

p = np.array([[0.1, 0.7, 0.2], [0.5, 0.25, 0.25]], dtype="float32")
print(round(float(keras.losses.SparseCategoricalCrossentropy()(np.array([1, 0]), p)), 4))
print(round(float(keras.losses.CategoricalCrossentropy()(np.array([[0, 1, 0], [0, 0, 1.]]), p)), 4))
print(round(float(keras.losses.CategoricalCrossentropy(from_logits=True)(np.array([[0, 1, 0], [0, 0, 1.]]), p)), 4))
print(round(float(keras.losses.BinaryCrossentropy()(np.array([[1.], [0.]]), np.array([[0.8], [0.3]]))), 4))
print(round(float(keras.losses.MeanSquaredError()(np.array([[1., 2.]]), np.array([[1.5, 1.]]))), 4))
print(round(float(keras.losses.MeanAbsoluteError()(np.array([[1., 2.]]), np.array([[1.5, 1.]]))), 4))
