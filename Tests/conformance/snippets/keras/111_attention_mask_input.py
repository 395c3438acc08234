import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.3).reshape(shape).astype("float32")


# attention_mask as a model input, and use_causal_mask, on symbolic tensors.
q = keras.Input(shape=(4, 6))
mask = keras.Input(shape=(4, 4))
mha = layers.MultiHeadAttention(num_heads=2, key_dim=3)
out = mha(q, q, attention_mask=mask)
causal = layers.MultiHeadAttention(num_heads=1, key_dim=2)(q, q, use_causal_mask=True)
both = layers.Concatenate()([out, causal])
m = keras.Model([q, mask], both)
m.set_weights([w(*a.shape) for a in m.get_weights()])
x = w(2, 4, 6) * 2
given = np.array([[[1, 1, 0, 0]] * 4, [[1, 1, 1, 0]] * 4], dtype="float32")
print(np.round(m.predict([x, given], verbose=0), 3)[:, :, :8].tolist())
m.compile("adam", "mse")
print(np.round(m.fit([x, given], w(2, 4, 12), epochs=2, verbose=0, shuffle=False).history["loss"], 4).tolist())
