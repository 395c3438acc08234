import torch
torch.manual_seed(5)
a = torch.randn(3)
torch.manual_seed(5)
b = torch.randn(3)
print(torch.equal(a, b))
print(torch.seed() != 5)
