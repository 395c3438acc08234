import torch
torch.manual_seed(0)
print(torch.randint(0, 10, (10,)))
print(torch.randint(5, (2, 3)))
print(torch.randint(-3, 3, (6,)))
print(torch.randint(0, 10, (3,)).dtype)
