import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((3,)), layers.Dense(2)])
for call in [lambda: model.save("model.txt"), lambda: model.save_weights("model.h5"),
             lambda: keras.models.load_model("missing.keras"), lambda: keras.models.load_model("missing.txt")]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", str(e)[:60])
bigger = keras.Sequential([keras.Input((3,)), layers.Dense(2), layers.Dense(1)])
bigger.save_weights("bigger.weights.h5")
try:
    model.load_weights("bigger.weights.h5")
    print("loaded")
except ValueError as e:
    print("ValueError")
