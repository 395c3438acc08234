import numpy as np
import keras
from keras import layers


def w(*shape):
    """Deterministic weights: the same numbers under Keras and Cellgrad."""
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

tokens = keras.Input((4, 6))
attended = layers.MultiHeadAttention(num_heads=2, key_dim=3)(tokens, tokens)
pooled = layers.GlobalAveragePooling1D()(layers.Add()([tokens, attended]))
model = keras.Model(tokens, layers.Dense(1)(pooled))
print([l.__class__.__name__ for l in model.layers])
print([a.shape for a in model.get_weights()])
model.set_weights([w(*a.shape) for a in model.get_weights()])
x = w(2, 4, 6) * 2
print(np.round(model.predict(x, verbose=0), 4).tolist())
model.compile(keras.optimizers.SGD(0.1), loss="mse")
history = model.fit(x, w(2, 1), epochs=3, verbose=0, shuffle=False)
print(np.round(history.history["loss"], 4).tolist())
model.save("mha.keras")
print(np.round(keras.models.load_model("mha.keras").predict(x, verbose=0), 4).tolist())
mha = layers.MultiHeadAttention(num_heads=1, key_dim=2)
out = mha(w(1, 3, 4), w(1, 5, 2))
print(np.asarray(out).shape, [a.shape for a in mha.get_weights()])
