import torch
import numpy as np
X = np.array([[0.1, 0.2], [0.3, 0.4]])
t = torch.from_numpy(X).float()
print(t, t.dtype)
y = np.array([0, 1])
print(torch.from_numpy(y).long())
print(torch.from_numpy(X).to(torch.float32).dtype)
print(torch.FloatTensor(X))
