import torch
m = torch.tensor([[4, 3], [2, 1]])
print(torch.take(m, torch.tensor([0, 3])))
print(m.flatten()[2])
print(m.view(-1)[[1, 2]])
