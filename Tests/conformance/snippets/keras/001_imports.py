import keras
from keras import layers
from keras.models import Sequential
from keras.layers import Embedding, LSTM, Dense, Flatten, Dropout
from keras.utils import to_categorical
from keras.preprocessing.sequence import pad_sequences
from keras import optimizers, losses, callbacks, datasets

print(Sequential is keras.Sequential, Dense is layers.Dense)
print(keras.backend.image_data_format(), keras.backend.floatx())
print(callable(to_categorical), callable(pad_sequences))
print(hasattr(datasets, "mnist"), hasattr(datasets, "fashion_mnist"))
