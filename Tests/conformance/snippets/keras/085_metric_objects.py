import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

y_true = np.array([0, 1, 1, 0, 1, 0, 1, 1])
y_pred = np.array([0.1, 0.8, 0.4, 0.6, 0.9, 0.2, 0.55, 0.3])
for metric in [keras.metrics.Precision(), keras.metrics.Recall(), keras.metrics.AUC(), keras.metrics.AUC(num_thresholds=5),
               keras.metrics.Precision(thresholds=0.35), keras.metrics.BinaryAccuracy()]:
    metric.update_state(y_true, y_pred)
    print(metric.name, round(float(metric.result()), 5))
    metric.update_state(y_true[:4], 1 - y_pred[:4])
    print(metric.name, round(float(metric.result()), 5))
    metric.reset_state()
    print(metric.name, round(float(metric.result()), 5))

model = keras.Sequential([keras.Input((3,)), layers.Dense(4, activation="relu"), layers.Dense(1, activation="sigmoid")])
model.set_weights([w(3, 4), w(4), w(4, 1), w(1)])
model.compile(keras.optimizers.SGD(0.5), loss="binary_crossentropy",
              metrics=["accuracy", keras.metrics.Precision(name="p"), keras.metrics.Recall(name="r"), keras.metrics.AUC(name="auc")])
x = w(24, 3) * 2
y = (x.sum(axis=1) > 0).astype("float32")
history = model.fit(x, y, epochs=3, batch_size=8, shuffle=False, verbose=0, validation_data=(x[:8], y[:8]))
for k in sorted(history.history):
    print(k, np.round(history.history[k], 4).tolist())
print(np.round(model.evaluate(x, y, verbose=0), 4).tolist())
