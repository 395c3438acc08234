import numpy as np
np.random.seed(0)
logits = np.random.randn(4, 3)
y = np.array([0, 2, 1, 2])
z = logits - logits.max(axis=1, keepdims=True)
logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
loss = -logp[np.arange(4), y].mean()
print(round(float(loss), 8))
grad = np.exp(logp)
grad[np.arange(4), y] -= 1
print(np.round(grad / 4, 6))
