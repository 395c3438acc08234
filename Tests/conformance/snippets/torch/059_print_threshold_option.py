import torch
torch.set_printoptions(threshold=5, edgeitems=2)
print(torch.arange(10))
print(torch.arange(4))
torch.set_printoptions(profile='default')
print(torch.arange(10))
