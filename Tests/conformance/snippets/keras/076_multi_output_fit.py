import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

a = keras.Input((3,), name="a")
b = keras.Input((2,), name="b")
h = layers.Concatenate()([a, b])
h = layers.Dense(4, activation="relu")(h)
cls = layers.Dense(2, activation="softmax", name="cls")(h)
reg = layers.Dense(1, name="reg")(h)
model = keras.Model(inputs=[a, b], outputs=[cls, reg])
model.set_weights([w(5, 4), w(4), w(4, 2), w(2), w(4, 1), w(1)])
print([l.name for l in model.layers])
x1, x2 = w(16, 3), w(16, 2) + 0.5
y1 = (np.arange(16) % 2).astype("int64")
y2 = w(16, 1)
model.compile(keras.optimizers.SGD(0.1), loss={"cls": "sparse_categorical_crossentropy", "reg": "mse"},
              loss_weights={"cls": 1.0, "reg": 0.5}, metrics={"cls": "accuracy", "reg": ["mae"]})
history = model.fit({"a": x1, "b": x2}, {"cls": y1, "reg": y2}, epochs=2, batch_size=8, shuffle=False, verbose=0)
for k in sorted(history.history):
    print(k, np.round(history.history[k], 4).tolist())
print(np.round(model.evaluate([x1, x2], [y1, y2], verbose=0), 4).tolist())
p = model.predict([x1[:2], x2[:2]], verbose=0)
print(type(p).__name__, [np.round(q, 4).tolist() for q in p])
