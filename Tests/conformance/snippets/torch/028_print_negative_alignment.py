import torch
print(torch.tensor([[-1.0, 2.5], [100.0, -0.125]]))
print(torch.tensor([[1, -20], [300, 4]]))
print(torch.tensor([[-0.5], [0.5]]))
