import numpy as np
import keras
from keras import layers

# class_weight together with sample_weight is an error, in fit and in train_on_batch.
x = np.ones((4, 2), dtype="float32")
y = np.array([0, 1, 0, 1])
model = keras.Sequential([keras.Input((2,)), layers.Dense(2, activation="softmax")])
model.compile("sgd", "sparse_categorical_crossentropy")
try:
    model.fit(x, y, class_weight={0: 1.0}, sample_weight=np.ones(4), verbose=0)
except ValueError as e:
    print("ValueError:", e)
try:
    model.train_on_batch(x, y, class_weight={0: 1.0}, sample_weight=np.ones(4))
except ValueError as e:
    print("ValueError:", str(e).split(" Received")[0])

# Models with several outputs take no class_weight.
inp = keras.Input((2,))
two = keras.Model(inp, [layers.Dense(2, activation="softmax")(inp), layers.Dense(2, activation="softmax")(inp)])
two.compile("sgd", "sparse_categorical_crossentropy")
try:
    two.fit(x, [y, y], class_weight={0: 1.0}, verbose=0)
except ValueError as e:
    print("ValueError:", e)
