import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# fit(class_weight=...): each training sample weighs its class's weight (classes the dict
# leaves out weigh 1) in the loss; the compiled metrics stay unweighted; validation data is
# not weighted.
x = w(12, 3) * 3
labels = np.array([0, 1, 2, 1, 0, 2, 2, 1, 0, 0, 1, 2])
model = keras.Sequential([keras.Input((3,)), layers.Dense(5, activation="relu"), layers.Dense(3, activation="softmax")])
model.set_weights([w(*a.shape) for a in model.get_weights()])
model.compile(keras.optimizers.SGD(0.2), "sparse_categorical_crossentropy", metrics=["accuracy"])
h = model.fit(x, labels, class_weight={0: 1.0, 1: 4.0}, epochs=3, batch_size=4, verbose=0, shuffle=False,
              validation_split=0.25)
for k in sorted(h.history):
    print(k, np.round(h.history[k], 4).tolist())

# One-hot targets: the class is each row's argmax.
model2 = keras.Sequential([keras.Input((3,)), layers.Dense(3, activation="softmax")])
model2.set_weights([w(*a.shape) for a in model2.get_weights()])
model2.compile(keras.optimizers.SGD(0.2), "categorical_crossentropy")
onehot = keras.utils.to_categorical(labels, 3)
h2 = model2.fit(x, onehot, class_weight={0: 0.5, 1: 2.0, 2: 3.0}, epochs=2, batch_size=6, verbose=0, shuffle=False)
print(np.round(h2.history["loss"], 4).tolist())

# Binary targets of shape (N, 1): the single column is the class.
model3 = keras.Sequential([keras.Input((3,)), layers.Dense(1, activation="sigmoid")])
model3.set_weights([w(*a.shape) for a in model3.get_weights()])
model3.compile(keras.optimizers.SGD(0.2), "binary_crossentropy", metrics=["accuracy"])
yb = (labels % 2).reshape(-1, 1).astype("float32")
h3 = model3.fit(x, yb, class_weight={0: 1.0, 1: 3.0}, epochs=2, batch_size=4, verbose=0, shuffle=False)
print(np.round(h3.history["loss"], 4).tolist(), np.round(h3.history["accuracy"], 4).tolist())
print(np.round(model3.train_on_batch(x[:4], yb[:4], class_weight={1: 10.0}), 4).tolist())
