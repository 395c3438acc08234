import torch
t = torch.tensor([[1.0, 9.0, 3.0], [7.0, 2.0, 6.0]])
print(t.amax(dim=1))
print(torch.amin(t, dim=0))
print(t.amax())
print(torch.aminmax(t))
