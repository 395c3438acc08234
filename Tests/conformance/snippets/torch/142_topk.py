import torch
t = torch.tensor([1.0, 7.0, 3.0, 9.0, 5.0])
print(torch.topk(t, 2))
v, i = t.topk(3, largest=False)
print(v, i)
m = torch.tensor([[0.1, 0.5, 0.4], [0.6, 0.3, 0.1]])
print(m.topk(2, dim=1))
print(m.topk(1).indices.squeeze(1))
