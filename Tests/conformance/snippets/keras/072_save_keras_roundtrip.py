import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((4,)), layers.Dense(3, activation="relu"), layers.Dropout(0.2), layers.Dense(2, activation="softmax")])
model.set_weights([w(4, 3), w(3), w(3, 2), w(2)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.save("model.keras")
loaded = keras.models.load_model("model.keras")
print(type(loaded).__name__, loaded.name, [l.name for l in loaded.layers])
print([type(l).__name__ for l in loaded.layers])
print(np.round(loaded.predict(w(3, 4), verbose=0), 4).tolist())
print(loaded.loss, type(loaded.optimizer).__name__, round(float(loaded.optimizer.learning_rate), 4))
print(loaded.layers[0].units, loaded.layers[0].activation.__name__, loaded.layers[1].rate)
loaded.summary()
