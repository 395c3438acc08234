import torch
t = torch.tensor([[1.0, 2.0, 3.0], [1000.0, 1000.0, 1000.0]])
print(torch.logsumexp(t, dim=1))
print(t.logsumexp(dim=1, keepdim=True).shape)
