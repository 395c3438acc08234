import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Masked steps of a recurrent layer keep the previous state and output.
x = np.array([[3, 1, 2, 0, 0], [4, 4, 1, 2, 0]])
s = keras.Sequential([keras.Input((5,)), layers.Embedding(6, 3, mask_zero=True), layers.LSTM(2, return_sequences=True)])
s.set_weights([w(*a.shape) for a in s.get_weights()])
print(np.round(s.predict(x, verbose=0), 4).tolist())
s2 = keras.Sequential([keras.Input((5,)), layers.Embedding(6, 3, mask_zero=True), layers.GRU(2), layers.Dense(1)])
s2.set_weights([w(*a.shape) for a in s2.get_weights()])
print(np.round(s2.predict(x, verbose=0), 4).tolist())
s2.compile("sgd", "mse")
print(np.round(s2.fit(x, np.array([[1.], [0.]]), epochs=2, verbose=0, shuffle=False).history["loss"], 4).tolist())
s4 = keras.Sequential([keras.Input((5,)), layers.Embedding(6, 3, mask_zero=True), layers.SimpleRNN(2)])
s4.set_weights([w(*a.shape) for a in s4.get_weights()])
print(np.round(s4.predict(x, verbose=0), 4).tolist())
