import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)

def fmt(value):
    return "%.6f" % value if abs(value) >= 5e-7 else "0.000000"

for name, f in [("prod dim", lambda: x.prod(1).pow(3)), ("prod all", lambda: x.prod()), ("hardswish", lambda: F.hardswish(x * 4))]:
    g, = torch.autograd.grad(f().sum(), x, create_graph=True)
    print(name, g.grad_fn is not None)
    h, = torch.autograd.grad((g * g).sum(), x)
    print(fmt(h.sum().item()), fmt(h.abs().sum().item()))
