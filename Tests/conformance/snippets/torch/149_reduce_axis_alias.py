import torch
t = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(t.sum(axis=0))
print(torch.mean(t, axis=1))
print(t.max(axis=0))
print(t.argmax(axis=1))
