import torch
t = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(t)
print(t.shape, t.dim(), t.numel())
print(t.ndim, len(t))
