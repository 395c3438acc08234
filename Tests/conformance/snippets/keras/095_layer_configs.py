import keras
from keras import layers

for layer in [layers.Dense(4, activation="relu", name="d"), layers.Dropout(0.3, name="drop"), layers.Flatten(name="f"),
              layers.Conv2D(8, 3, padding="same", name="c"), layers.LSTM(5, return_sequences=True, name="l"),
              layers.Embedding(100, 8, name="e"), layers.MaxPooling2D(name="p")]:
    config = layer.get_config()
    keys = ["units", "activation", "rate", "filters", "kernel_size", "padding", "strides", "return_sequences", "input_dim", "output_dim", "pool_size", "use_bias"]
    print(config["name"], config["trainable"], {k: config[k] for k in keys if k in config})
