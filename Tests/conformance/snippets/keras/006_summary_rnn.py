import keras
from keras import layers

model = keras.Sequential()
model.add(keras.Input(shape=(50,)))
model.add(layers.Embedding(10000, 32))
model.add(layers.LSTM(32, dropout=0.2, recurrent_dropout=0.2))
model.add(layers.Dense(2, activation="softmax"))
model.summary()

m2 = keras.Sequential([keras.Input((7, 5)), layers.GRU(6, return_sequences=True), layers.SimpleRNN(4), layers.Dense(1)])
m2.summary()
