import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

import json
model = keras.Sequential([keras.Input((5,)), layers.Dense(4, activation="relu", name="hidden"), layers.Dense(2, name="out")])
config = json.loads(model.to_json())
print(config["class_name"], [l["class_name"] for l in config["config"]["layers"]])
print(config["config"]["layers"][1]["config"]["units"], config["config"]["layers"][1]["config"]["activation"])
clone = keras.models.model_from_json(model.to_json())
print([l.name for l in clone.layers], clone.count_params())
