import torch
torch.manual_seed(0)
x = torch.rand(100)
print(x[:4], x[-4:])
print(round(x.sum().item(), 3))
y = torch.randn(64)
print(y[:4], y[-4:])
