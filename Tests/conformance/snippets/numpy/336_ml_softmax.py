import numpy as np
def softmax(z):
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
logits = np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0], [1000.0, 0.0, -1000.0]])
p = softmax(logits)
print(p)
print(p.sum(axis=1))
