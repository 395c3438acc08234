import numpy as np
import keras
from keras import layers


def w(*shape):
    n = 1
    for s in shape:
        n *= s
    return (np.sin(np.arange(n) * 0.7 + 0.3) * 0.5).reshape(shape).astype("float32")

mha = layers.MultiHeadAttention(num_heads=2, key_dim=3)
x = w(2, 4, 6) * 2
mha(x, x)
mha.set_weights([w(*a.shape) for a in mha.get_weights()])
print(np.round(np.asarray(mha(x, x)), 4)[0, 0].tolist())
causal = np.asarray(mha(x, x, use_causal_mask=True))
print(np.round(causal, 4)[:, 0].tolist())
out, scores = mha(x, x, use_causal_mask=True, return_attention_scores=True)
print(np.asarray(scores).shape, np.round(np.asarray(scores)[0, 1], 4).tolist())
mask = np.array([[[1, 1, 0, 0]] * 4, [[1, 1, 1, 0]] * 4], dtype=bool)
masked, masked_scores = mha(x, x, attention_mask=mask, return_attention_scores=True)
print(np.round(np.asarray(masked), 4)[1, 2].tolist(), np.round(np.asarray(masked_scores)[1, 0, 2], 4).tolist())
both = np.asarray(mha(x, x, attention_mask=mask, use_causal_mask=True))
print(np.round(both, 4)[0, 3].tolist())
other = layers.MultiHeadAttention(num_heads=1, key_dim=2)
q, v = w(1, 2, 3), w(1, 5, 4)
other(q, v)
other.set_weights([w(*a.shape) for a in other.get_weights()])
o, s = other(q, v, attention_mask=np.array([[[1, 0, 1, 0, 1], [0, 0, 0, 0, 0]]]), return_attention_scores=True)
print(np.round(np.asarray(o), 4).tolist(), np.round(np.asarray(s), 4).tolist())
