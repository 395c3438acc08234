import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# Conv1D does not support masking: the mask stops there and the pooling averages all steps;
# with the pooling right after the embedding, it averages the real steps only.
x = np.array([[1, 2, 3, 0, 0, 0], [4, 0, 0, 0, 0, 0]])
conv = keras.Sequential([keras.Input((6,)), layers.Embedding(5, 3, mask_zero=True), layers.Conv1D(2, 3, padding="same"),
                         layers.GlobalAveragePooling1D()])
conv.set_weights([w(*a.shape) for a in conv.get_weights()])
print(np.round(conv.predict(x, verbose=0), 4).tolist())
direct = keras.Sequential([keras.Input((6,)), layers.Embedding(5, 3, mask_zero=True), layers.GlobalAveragePooling1D()])
direct.set_weights([w(*a.shape) for a in direct.get_weights()])
print(np.round(direct.predict(x, verbose=0), 4).tolist())
