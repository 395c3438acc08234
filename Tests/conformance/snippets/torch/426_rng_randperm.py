import torch
torch.manual_seed(0)
print(torch.randperm(10))
print(torch.randperm(5))
torch.manual_seed(123)
print(torch.randperm(20))
