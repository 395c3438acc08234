import torch
x = torch.tensor([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]], dtype=torch.float64)
y = torch.tensor([[1.0], [2.0], [2.0]], dtype=torch.float64)
w = torch.zeros(2, 1, dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
for _ in range(200):
    opt.zero_grad()
    ((x @ w - y) ** 2).mean().backward()
    opt.step()
print(w.detach().round(decimals=4))
print(w.dtype)
