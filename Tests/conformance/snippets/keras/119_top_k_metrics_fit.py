import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Top-k accuracies compiled by name and as objects, tracked through fit and evaluate.
model = keras.Sequential([keras.Input((3,)), layers.Dense(5)])
model.set_weights([w(*a.shape) for a in model.get_weights()])
model.compile("sgd", keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=["sparse_top_k_categorical_accuracy", keras.metrics.SparseTopKCategoricalAccuracy(k=2, name="top2")])
x, y = w(10, 3) * 4, np.arange(10) % 5
h = model.fit(x, y, epochs=2, batch_size=4, verbose=0, shuffle=False)
for k in sorted(h.history):
    print(k, np.round(h.history[k], 4).tolist())
print(np.round(model.evaluate(x, y, verbose=0), 4).tolist())
