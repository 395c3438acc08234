import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((4,)), layers.BatchNormalization(), layers.LayerNormalization(), layers.Dense(2)])
model.summary()
print([v.shape for v in model.get_weights()])
print([v.name for v in model.layers[0].weights], [v.trainable for v in model.layers[0].weights])
model.layers[2].set_weights([w(4, 2), w(2)])
x = w(8, 4) * 3 + 1
print(np.round(model.predict(x[:2], verbose=0), 4).tolist())
model.compile(optimizer="sgd", loss="mse")
h = model.fit(x, w(8, 2), epochs=3, batch_size=4, shuffle=False, verbose=0)
print([round(v, 4) for v in h.history["loss"]])
print([np.round(v, 4).tolist() for v in model.layers[0].get_weights()])
print(np.round(model.predict(x[:2], verbose=0), 4).tolist())
