import torch
t = torch.tensor([[1.5, 2.0], [3.0, 4.25]])
print(t.tolist())
print(torch.tensor([1, 2, 3]).tolist())
print(torch.tensor(2.5).tolist())
print(torch.tensor([True, False]).tolist())
print(t[1, 1].item())
print(torch.tensor([0.1]).item())
