import numpy as np
import keras
from keras import layers

def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

model = keras.Sequential([keras.Input((3,)), layers.Dense(1)])
model.set_weights([w(3, 1), np.zeros(1, "float32")])
opt = keras.optimizers.SGD(0.5)
model.compile(opt, loss="mse")
x, y = w(8, 3), w(8, 1) * 4
reduce = keras.callbacks.ReduceLROnPlateau(monitor="loss", factor=0.5, patience=1, min_delta=0.3, min_lr=0.05, verbose=0)
history = model.fit(x, y, epochs=8, verbose=0, shuffle=False, callbacks=[reduce])
print(np.round(history.history["loss"], 4).tolist())
print([round(float(v), 5) for v in history.history["learning_rate"]])
print(round(float(model.optimizer.learning_rate), 5))
