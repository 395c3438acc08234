import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Errors on symbolic tensors and subclassed-model loading, as Keras raises them.
a, b = keras.Input((3,)), keras.Input((4,))
try:
    a + b
except ValueError as e:
    print("ValueError")
print((a * 2).shape, (2 - a).shape, (a / a).shape)


class Plain(keras.Model):
    def __init__(self):
        super().__init__()
        self.d = layers.Dense(1)

    def call(self, x):
        return self.d(x)


p = Plain()
p(w(2, 3))
p.save("plain.keras")
try:
    keras.models.load_model("plain.keras", custom_objects={"Plain": Plain})
except TypeError as e:
    print("TypeError", str(e).split(" could not")[0])
