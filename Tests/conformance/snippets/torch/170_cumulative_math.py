import torch
x = torch.tensor([0.5, 1.0, 1.5])
print((x.exp() / x.exp().sum()).round(decimals=4))
print(torch.exp(x).sum().log())
print((1 / (1 + torch.exp(-x))).round(decimals=4))
