import torch
torch.manual_seed(0)
x = torch.randn(20)
print(x)
torch.manual_seed(1)
y = torch.randn(4, 5)
print(y)
