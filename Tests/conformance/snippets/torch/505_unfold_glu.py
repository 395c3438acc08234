import torch
import torch.nn.functional as F

x = torch.arange(10.0).reshape(2, 5)
print(x.unfold(1, 2, 2))
print(x.unfold(1, 3, 1).shape, x.unfold(0, 1, 1).shape)
print(torch.arange(7.0).unfold(0, 3, 2))
y = torch.arange(24.0).reshape(2, 3, 4)
print(y.unfold(2, 2, 1).shape, y.unfold(1, 2, 1)[1, 0])
torch.manual_seed(0)
w = torch.randn(2, 6, dtype=torch.float64, requires_grad=True)
u = w.unfold(1, 3, 2)
print(u.grad_fn.name())
(u * torch.arange(1.0, 13.0, dtype=torch.float64).reshape(u.shape)).sum().backward()
print(w.grad)
for bad in [(1, 7, 1), (1, 2, 0)]:
    try:
        w.unfold(*bad)
    except RuntimeError as e:
        print("RuntimeError", e)
g = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
out = F.glu(g)
print(out.shape, out.grad_fn.name())
print(torch.round(out, decimals=4))
out.sum().backward()
print(torch.round(g.grad, decimals=4))
print(F.glu(g, dim=0 + 0 * 1).shape if g.shape[0] % 2 == 0 else "odd")
try:
    F.glu(g, dim=0)
except RuntimeError as e:
    print("RuntimeError", e)
h, = torch.autograd.grad(F.glu(g).pow(2).sum(), g, create_graph=True)
print(round(torch.autograd.grad(h.sum(), g)[0].sum().item(), 6))
