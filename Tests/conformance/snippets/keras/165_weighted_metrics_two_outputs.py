import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# weighted_metrics on a model with two outputs, as a dict by output name: each output's
# weighted metrics get the shared sample weights; the logs prefix them with the output's name.
inp = keras.Input((3,), name="x")
a = layers.Dense(1, name="reg")(inp)
b = layers.Dense(2, activation="softmax", name="cls")(inp)
model = keras.Model(inp, [a, b])
model.set_weights([w(*v.shape) for v in model.get_weights()])
model.compile(keras.optimizers.SGD(0.1), loss=["mse", "sparse_categorical_crossentropy"],
              metrics={"reg": ["mae"]}, weighted_metrics={"reg": ["mae"], "cls": ["accuracy"]})
x = w(8, 3) * 3
y_reg = w(8, 1) + 0.5
y_cls = np.array([0, 1, 1, 0, 1, 0, 0, 1])
sw = np.array([1, 2, 0, 1, 3, 1, 0.5, 1], dtype="float32")
h = model.fit(x, [y_reg, y_cls], sample_weight=sw, epochs=2, batch_size=4, verbose=0, shuffle=False)
for k in sorted(h.history):
    print(k, np.round(h.history[k], 4).tolist())
r = model.evaluate(x, [y_reg, y_cls], sample_weight=sw, verbose=0, return_dict=True)
print({k: round(v, 4) for k, v in sorted(r.items())})
