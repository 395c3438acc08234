import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.embed = layers.Dense(4, activation="tanh")
        self.drop = layers.Dropout(0.0)
        self.head = layers.Dense(3, activation="softmax")

    def call(self, inputs):
        h = self.embed(inputs)
        h = self.drop(h)
        return self.head(h * 2.0 - 0.5)


model = Net()
model(w(1, 5))
print(model.name, [l.name for l in model.layers])
model.set_weights([w(5, 4), w(4), w(4, 3), w(3)])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
x = w(12, 5) * 2
h = model.fit(x, np.arange(12) % 3, epochs=3, batch_size=5, shuffle=False, verbose=0)
for k in h.history:
    print(k, [round(v, 4) for v in h.history[k]])
print(np.round(model.predict(x[:2], verbose=0), 4).tolist())
model.summary()
