import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
print(x.T)
print(x.T @ x)
print(x @ x.t())
print(x.mT.shape)
