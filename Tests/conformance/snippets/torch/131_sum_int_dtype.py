import torch
t = torch.tensor([[1, 2], [3, 4]])
print(t.sum(), t.sum().dtype)
print(t.sum(0))
print(torch.tensor([True, True, False]).sum())
print(t.sum(dtype=torch.float32))
try:
    t.mean()
except RuntimeError as e:
    print(e)
print(t.float().mean())
