import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

reviews = ["great movie loved it", "terrible plot boring", "loved the acting great fun",
           "boring and terrible", "fun great story", "awful boring mess"]
labels = np.array([1, 0, 1, 0, 1, 0], dtype="float32")
vectorize = layers.TextVectorization(max_tokens=20, output_sequence_length=5)
vectorize.adapt(reviews)
x = vectorize(np.array(reviews))
print(np.asarray(x).tolist())
model = keras.Sequential([keras.Input((5,), dtype="int32"), layers.Embedding(20, 4), layers.GlobalAveragePooling1D(), layers.Dense(1, activation="sigmoid")])
model.set_weights([w(*a.shape) for a in model.get_weights()])
model.compile(keras.optimizers.SGD(0.5), loss="binary_crossentropy", metrics=["accuracy"])
history = model.fit(np.asarray(x), labels, epochs=5, batch_size=3, shuffle=False, verbose=0)
print(np.round(history.history["loss"], 4).tolist(), history.history["accuracy"])
print(np.round(model.predict(vectorize(["great fun", "boring mess"]), verbose=0), 4).tolist())

bag = layers.TextVectorization(output_mode="multi_hot", max_tokens=10)
bag.adapt(reviews)
xb = np.asarray(bag(reviews))
clf = keras.Sequential([keras.Input((10,)), layers.Dense(1, activation="sigmoid")])
clf.set_weights([w(10, 1), np.zeros(1, "float32")])
clf.compile(keras.optimizers.SGD(0.5), loss="binary_crossentropy")
print(np.round(clf.fit(xb, labels, epochs=3, verbose=0, shuffle=False).history["loss"], 4).tolist())
