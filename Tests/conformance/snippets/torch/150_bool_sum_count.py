import torch
pred = torch.tensor([1, 0, 2, 2, 1])
y = torch.tensor([1, 1, 2, 0, 1])
eq = pred == y
print(eq.sum(), eq.sum().dtype)
print(eq.sum().item())
print(eq.float().mean().item())
print(eq.long().sum().item() / len(y))
