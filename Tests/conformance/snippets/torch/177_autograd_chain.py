import torch
x = torch.tensor(2.0, requires_grad=True)
y = torch.sin(x) * torch.exp(x)
y.backward()
print(round(x.grad.item(), 4))
w = torch.tensor([0.5, -1.0], requires_grad=True)
z = torch.sigmoid(w).prod()
z.backward()
print(w.grad.round(decimals=4))
