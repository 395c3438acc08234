import torch
t = torch.tensor([[1.0, 9.0, 3.0], [7.0, 2.0, 6.0]])
print(t.argmax())
print(t.argmin())
print(t.argmax(dim=1))
print(torch.argmax(t, dim=0))
print(t.argmin(dim=1, keepdim=True))
print(t.argmax(1).dtype)
