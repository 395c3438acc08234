import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

inputs = keras.Input((6,), dtype="int32")
x = layers.Embedding(10, 4)(inputs)
x = layers.LSTM(3)(x)
outputs = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(inputs, outputs)
model.set_weights([w(10, 4), w(4, 12), w(3, 12), w(12), w(3, 1), w(1)])
model.save("lstm.keras")
loaded = keras.models.load_model("lstm.keras")
tokens = np.array([[1, 2, 3, 4, 5, 6], [9, 8, 7, 0, 0, 0]])
print([l.name for l in loaded.layers])
print(np.round(loaded.predict(tokens, verbose=0), 4).tolist())
print(all(np.allclose(a, b) for a, b in zip(model.get_weights(), loaded.get_weights())))
