import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(2)
# a physics-informed style residual: u''(x) of a small MLP, then a loss on it
net = nn.Sequential(nn.Linear(1, 6), nn.Tanh(), nn.Linear(6, 6), nn.Sigmoid(), nn.Linear(6, 1))
x = torch.linspace(-1, 1, 5).reshape(5, 1).requires_grad_(True)
u = net(x)
(du,) = torch.autograd.grad(u.sum(), x, create_graph=True)
(d2u,) = torch.autograd.grad(du.sum(), x, create_graph=True)
print(d2u.detach().flatten().numpy().round(5))
loss = F.mse_loss(d2u, torch.zeros_like(d2u)) + F.mse_loss(u, x)
loss.backward()
print(round(loss.item(), 6))
print(net[0].weight.grad.flatten().numpy().round(5))
# softmax, log_softmax and cross_entropy have second derivatives too
z = torch.tensor([[0.2, -1.0, 0.7]], requires_grad=True)
for name, f in [("softmax", lambda t: (torch.softmax(t, 1) ** 2).sum()),
                ("log_softmax", lambda t: (torch.log_softmax(t, 1) * torch.tensor([[1.0, 2.0, 3.0]])).sum()),
                ("cross_entropy", lambda t: F.cross_entropy(t, torch.tensor([2]))),
                ("relu", lambda t: (F.relu(t) ** 3).sum()),
                ("matmul", lambda t: (t @ t.T).sum() * t.sum())]:
    (g,) = torch.autograd.grad(f(z), z, create_graph=True)
    (h,) = torch.autograd.grad(g[0, 0], z)
    print(name, g.detach().numpy().round(5), h.numpy().round(5))
