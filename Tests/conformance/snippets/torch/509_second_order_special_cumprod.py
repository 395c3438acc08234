import torch

def fmt(value):
    return "%.6f" % value if abs(value) >= 5e-7 else "0.000000"

x = torch.tensor([[0.5, 0.0, 2.0, -1.5], [1.2, 0.7, 0.0, 0.0]], dtype=torch.float64, requires_grad=True)
for name, f in [("cumprod", lambda: x.cumprod(1)), ("cumprod dim0", lambda: x.cumprod(0)),
                ("prod zero", lambda: x.prod(1)), ("prod all zero", lambda: x.prod())]:
    g, = torch.autograd.grad((f() * torch.arange(1.0, f().numel() + 1, dtype=torch.float64).reshape(f().shape)).sum(), x, create_graph=True)
    print(name, [fmt(v) for v in g.reshape(-1).tolist()])
    h, = torch.autograd.grad((g * g).sum(), x)
    print(" ", [fmt(v) for v in h.reshape(-1).tolist()])

p = torch.tensor([0.3, 1.7, 4.2], dtype=torch.float64, requires_grad=True)
for name, f in [("erfc", torch.erfc), ("lgamma", torch.lgamma), ("digamma", torch.digamma),
                ("erfinv", lambda v: torch.erfinv(v / 5))]:
    g, = torch.autograd.grad(f(p).sum(), p, create_graph=True)
    h, = torch.autograd.grad(g.sum(), p)
    print(name, [fmt(v) for v in g.tolist()], [fmt(v) for v in h.tolist()])
print([fmt(v) for v in torch.polygamma(1, p).tolist()], [fmt(v) for v in torch.polygamma(2, p).tolist()])
print([fmt(v) for v in torch.special.polygamma(3, p).tolist()], [fmt(v) for v in torch.special.psi(p).tolist()])
print(fmt(torch.polygamma(1, torch.tensor(-0.5, dtype=torch.float64)).item()))
