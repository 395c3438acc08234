import torch
torch.manual_seed(1)
A = torch.randn(3, 3, dtype=torch.float64)
w = torch.randn(3, dtype=torch.float64, requires_grad=True)
v = torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64)
def f(w):
    return (w @ A @ w) + torch.sigmoid(w).sum() + (w ** 2).sum() * w.sum()
(g,) = torch.autograd.grad(f(w), w, create_graph=True)
(hv,) = torch.autograd.grad(g @ v, w)
print(hv.numpy().round(6))
# the same through grad_outputs
(g,) = torch.autograd.grad(f(w), w, create_graph=True)
(hv2,) = torch.autograd.grad(g, w, grad_outputs=v)
print(torch.allclose(hv, hv2))
# a full Hessian, row by row
(g,) = torch.autograd.grad(f(w), w, create_graph=True)
rows = [torch.autograd.grad(g[i], w, retain_graph=True)[0] for i in range(3)]
print(torch.stack(rows).numpy().round(6))
