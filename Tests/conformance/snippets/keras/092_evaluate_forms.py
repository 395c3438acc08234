import numpy as np
import keras
from keras import layers

def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((4,)), layers.Dense(3, activation="relu"), layers.Dense(2, activation="softmax")])
model.set_weights([w(*a.shape) for a in model.get_weights()])
x, y = w(10, 4) * 3, np.arange(10) % 2
model.compile("adam", loss="sparse_categorical_crossentropy")
print(round(model.evaluate(x, y, verbose=0), 5))
model.compile("adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
print(np.round(model.evaluate(x, y, verbose=0), 5).tolist())
print(np.round(model.evaluate(x, y, batch_size=3, verbose=0), 5).tolist())
result = model.evaluate(x, y, verbose=0, return_dict=True)
print(sorted(result), round(result["loss"], 5))
print(model.metrics_names)
p = model.predict(x, verbose=0)
print(p.shape, np.round(p[:2], 5).tolist(), np.round(model.predict(x, batch_size=4, verbose=0)[-1], 5).tolist())
print(np.round(model(x[:2]).numpy() if hasattr(model(x[:2]), "numpy") else np.asarray(model(x[:2])), 5).tolist())
print(np.round(model.predict_on_batch(x[:3]), 5).tolist())
print(np.round(model.test_on_batch(x[:4], y[:4]), 5).tolist())
