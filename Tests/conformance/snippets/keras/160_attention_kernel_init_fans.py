import numpy as np
import keras
from keras import layers

# MultiHeadAttention's kernels are glorot_uniform with the fans of the projection they are
# (64 features in, 4 heads x 16 out), not of the 3-D shape: the limit is sqrt(6 / 128).
keras.utils.set_random_seed(0)
x = keras.Input(shape=(10, 64))
mha = layers.MultiHeadAttention(num_heads=4, key_dim=16)
mha(x, x)
for w in mha.weights:
    a = np.asarray(w)
    print(w.path, a.shape, round(float(np.abs(a).max()), 2))
