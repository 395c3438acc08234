import numpy as np
import keras

# Precision, Recall and AUC weigh each decision by its sample's weight.
y_true = np.array([[1], [0], [1], [1], [0], [0], [1], [0]], dtype="float32")
y_pred = np.array([[0.9], [0.6], [0.3], [0.8], [0.2], [0.7], [0.55], [0.1]], dtype="float32")
sw = np.array([1.0, 2.0, 0.5, 0.0, 3.0, 1.0, 2.0, 0.25], dtype="float32")
for metric in [keras.metrics.Precision(), keras.metrics.Recall(), keras.metrics.AUC(), keras.metrics.Precision(thresholds=0.65)]:
    metric.update_state(y_true, y_pred, sample_weight=sw)
    print(type(metric).__name__, round(float(metric.result()), 5))
    metric.update_state(y_true[:4], y_pred[:4])
    print(type(metric).__name__, round(float(metric.result()), 5))

# Targets of shape (N,) against predictions (N, 1); weights of shape (N, 1).
p = keras.metrics.Precision()
p.update_state(y_true[:, 0], y_pred, sample_weight=sw.reshape(-1, 1))
print(round(float(p.result()), 5))
# Several outputs per sample: each sample's weight covers all of its outputs.
r = keras.metrics.Recall()
r.update_state(y_true.reshape(4, 2), y_pred.reshape(4, 2), sample_weight=[1.0, 0.0, 2.0, 1.0])
print(round(float(r.result()), 5))
a = keras.metrics.AUC(num_thresholds=50)
a.update_state(y_true.reshape(4, 2), y_pred.reshape(4, 2), sample_weight=[1.0, 0.0, 2.0, 1.0])
print(round(float(a.result()), 5))
