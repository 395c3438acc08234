import numpy as np
import keras

y_true = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0]], "float32")
y_pred = np.array([[0.2, 0.8], [0.6, 0.4], [0.3, 0.7]], "float32")
for loss in [keras.losses.MeanSquaredError(), keras.losses.MeanAbsoluteError(), keras.losses.CategoricalCrossentropy(),
             keras.losses.BinaryCrossentropy()]:
    print(loss.name, round(float(loss(y_true, y_pred)), 5))
print(round(float(keras.losses.SparseCategoricalCrossentropy()(np.array([1, 0, 1]), y_pred)), 5))
print(round(float(keras.losses.SparseCategoricalCrossentropy(from_logits=True)(np.array([1, 0, 1]), y_pred)), 5))
