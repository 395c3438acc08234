import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Loss functions called directly give one value per sample; Huber and MSLE; reductions.
yt, yp = np.array([[1.0, 2.0], [0.0, 0.0]]), np.array([[1.5, 4.5], [1.0, 1.0]])
print(np.round(np.asarray(keras.losses.mean_squared_error(yt, yp)), 4).tolist())
print(np.round(np.asarray(keras.losses.mean_absolute_error(yt, yp)), 4).tolist())
print(np.round(np.asarray(keras.losses.huber(yt, yp)), 4).tolist())
print(np.round(np.asarray(keras.losses.huber(yt, yp, delta=2.0)), 4).tolist())
print(np.round(np.asarray(keras.losses.mean_squared_logarithmic_error(yt, yp)), 4).tolist())
print(np.round(np.asarray(keras.losses.sparse_categorical_crossentropy(np.array([1, 0]), np.array([[0.3, 0.7], [0.6, 0.4]]))), 4).tolist())
print(np.round(np.asarray(keras.losses.sparse_categorical_crossentropy(np.array([1, 0]), np.array([[0.3, 0.7], [2.0, -1.0]]), from_logits=True)), 4).tolist())
print(np.round(np.asarray(keras.losses.categorical_crossentropy(np.array([[0.0, 1.0]]), np.array([[0.3, 0.7]]))), 4).tolist())
print(np.round(np.asarray(keras.losses.binary_crossentropy(np.array([[0.0, 1.0]]), np.array([[0.3, 0.7]]))), 4).tolist())
print(round(float(keras.losses.Huber()(yt, yp)), 4), round(float(keras.losses.Huber()(yt, yp, sample_weight=np.array([2.0, 0.0]))), 4))
print(round(float(keras.losses.MeanSquaredLogarithmicError()(yt, yp)), 4))
print(keras.losses.Huber().name, keras.losses.MeanSquaredLogarithmicError().name, keras.losses.Huber(delta=2.0, name="h").name)
print(round(float(keras.losses.MeanSquaredError(reduction="sum")(yt, yp)), 4))
print(np.round(np.asarray(keras.losses.MeanSquaredError(reduction="none")(yt, yp)), 4).tolist())
print(round(float(keras.losses.MeanSquaredError()(yt, yp, sample_weight=[1, 0])), 4))
model = keras.Sequential([keras.Input((2,)), layers.Dense(2)])
model.set_weights([w(*a.shape) for a in model.get_weights()])
model.compile(keras.optimizers.SGD(0.1), keras.losses.Huber(delta=0.5))
print(np.round(model.fit(yt * 3, yp, epochs=3, verbose=0, shuffle=False).history["loss"], 4).tolist())
model.compile(keras.optimizers.SGD(0.1), "mean_squared_logarithmic_error")
print(np.round(model.fit(yt * 3, yp, epochs=2, verbose=0, shuffle=False).history["loss"], 4).tolist())
