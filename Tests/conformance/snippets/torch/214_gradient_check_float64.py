import torch
x = torch.tensor([0.3, -0.7, 1.2], dtype=torch.float64, requires_grad=True)
f = lambda t: (torch.tanh(t) * t.exp()).sum()
f(x).backward()
eps = 1e-6
num = []
for i in range(3):
    d = torch.zeros(3, dtype=torch.float64)
    d[i] = eps
    num.append(((f(x.detach() + d) - f(x.detach() - d)) / (2 * eps)).item())
print(x.grad.round(decimals=6))
print([round(v, 6) for v in num])
