import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# compile(weighted_metrics=...): updated with the sample weights (and class weights), while
# `metrics=` stay unweighted; a weighted metric named like a plain one is logged as
# `weighted_<name>`.
x = w(10, 3) * 3
labels = np.array([0, 1, 2, 1, 0, 2, 2, 1, 0, 0])
sw = np.linspace(0.0, 2.0, 10).astype("float32")
model = keras.Sequential([keras.Input((3,)), layers.Dense(4, activation="relu"), layers.Dense(3, activation="softmax")])
model.set_weights([w(*a.shape) for a in model.get_weights()])
model.compile(keras.optimizers.SGD(0.3), "sparse_categorical_crossentropy", metrics=["accuracy"],
              weighted_metrics=["accuracy", keras.metrics.SparseTopKCategoricalAccuracy(k=2, name="top2")])
h = model.fit(x, labels, sample_weight=sw, epochs=2, batch_size=5, verbose=0, shuffle=False)
for k in sorted(h.history):
    print(k, np.round(h.history[k], 4).tolist())
print(np.round(model.evaluate(x, labels, sample_weight=sw, verbose=0), 4).tolist())
print({k: round(v, 4) for k, v in model.evaluate(x, labels, verbose=0, return_dict=True).items()})
h = model.fit(x, labels, class_weight={0: 3.0}, epochs=1, batch_size=5, verbose=0, shuffle=False)
for k in sorted(h.history):
    print(k, np.round(h.history[k], 4).tolist())

# Only weighted metrics.
b = keras.Sequential([keras.Input((3,)), layers.Dense(1, activation="sigmoid")])
b.set_weights([w(*a.shape) for a in b.get_weights()])
b.compile(keras.optimizers.SGD(0.3), "binary_crossentropy", weighted_metrics=[keras.metrics.AUC(name="auc"), "mae"])
yb = (labels % 2).astype("float32")
print(np.round(b.evaluate(x, yb, sample_weight=sw, verbose=0), 4).tolist())
print(np.round(b.train_on_batch(x, yb, sample_weight=sw), 4).tolist())
