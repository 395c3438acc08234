import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((3,)), layers.Dense(2, activation="softmax")])
model.set_weights([w(3, 2), w(2)])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
x = w(6, 3) * 2
y = np.array([0, 1, 1, 0, 1, 0])
for _ in range(3):
    print([round(v, 4) for v in model.train_on_batch(x, y)])
print([round(v, 4) for v in model.test_on_batch(x, y)])
print(np.round(model.predict_on_batch(x[:2]), 4).tolist())
print(np.round(np.asarray(model(x[:2])), 4).tolist())
