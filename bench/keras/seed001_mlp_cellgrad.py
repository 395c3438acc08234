"""Seed 001's MLP on Fashion-MNIST, 5 epochs at batch 32, timed per epoch: Cellgrad (`cellgrad run`)."""
import time
import numpy as np
import keras
from keras import layers



(x_train, y_train), (x_test, y_test) = keras.datasets.fashion_mnist.load_data()
x_train = x_train.astype("float32") / 255
x_test = x_test.astype("float32") / 255
keras.utils.set_random_seed(0)
model = keras.Sequential([layers.Flatten(input_shape=(28, 28)), layers.Dense(128, activation="relu"), layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# Wall time, and the process's CPU time (all its threads): on a shared machine the second
# shows what an epoch costs when other processes take the cores.
for e in range(5):
    t, c = time.time(), time.process_time()
    model.fit(x_train, y_train, epochs=1, verbose=0)
    print("epoch", e + 1, round(time.time() - t, 2), "s", round(time.process_time() - c, 2), "s cpu")
print("test", model.evaluate(x_test, y_test, verbose=0))
