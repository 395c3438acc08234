import numpy as np
import keras

acc = keras.metrics.BinaryAccuracy()
acc.update_state([1, 0, 1, 1], [0.9, 0.2, 0.4, 0.8])
print(acc.name, round(float(acc.result()), 5))
acc.reset_state()
print(round(float(acc.result()), 5))
sca = keras.metrics.SparseCategoricalAccuracy()
sca.update_state([1, 0, 2], [[0.1, 0.8, 0.1], [0.2, 0.3, 0.5], [0.1, 0.1, 0.8]])
print(sca.name, round(float(sca.result()), 5))
ca = keras.metrics.CategoricalAccuracy()
ca.update_state([[0, 1], [1, 0]], [[0.3, 0.7], [0.4, 0.6]])
print(ca.name, round(float(ca.result()), 5))
mae = keras.metrics.MeanAbsoluteError()
mae.update_state([1.0, 2.0], [1.5, 1.0])
print(mae.name, round(float(mae.result()), 5))
