import torch
from torch.autograd.functional import vjp, jvp, hvp, vhp

def f(x):
    return x.exp() * x[0]

def scalar(x):
    return (x ** 3).sum() + (x[0] * x[1]).sin()

x = torch.tensor([0.3, -0.7, 1.2])
v = torch.tensor([1.0, 0.5, -2.0])
print(vjp(f, x, v))
print(jvp(f, x, v))
print(hvp(scalar, x, v))
print(vhp(scalar, x, v))
print(vjp(scalar, x))
print(jvp(lambda a: a * 3, torch.tensor(2.0)))
out, prod = vjp(lambda a, b: (a * b, a + b), (x, v), (torch.ones(3), torch.ones(3)))
print(out, prod)
out, prod = jvp(lambda a, b: a * b, (x, v), (torch.ones(3), torch.zeros(3)))
print(out, prod)
o, h = hvp(scalar, x, v, create_graph=True)
print(o.requires_grad, h.requires_grad)
o, h = vhp(scalar, x, v)
print(o.requires_grad, h.requires_grad)

def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: vjp(f, x))
attempt(lambda: jvp(f, x))
attempt(lambda: hvp(scalar, x))
attempt(lambda: vjp(f, x, torch.ones(2)))
attempt(lambda: vjp(lambda a, b: (a, b), (x, x), (torch.ones(3),)))
attempt(lambda: jvp(f, (x, x), (torch.ones(3), torch.ones(2))))
attempt(lambda: hvp(f, x, v))
attempt(lambda: vhp(lambda a: (a.sum(), a.sum()), x, v))
attempt(lambda: vjp(lambda a: torch.ones(3), x, v, strict=True))
attempt(lambda: hvp(lambda a: a.sum(), x, v, strict=True))
attempt(lambda: vhp(lambda a: (a ** 2).sum(), x, v, strict=True))
attempt(lambda: jvp(lambda a: a * 2, x, v, strict=True))
print(vhp(lambda a: (a ** 2).sum(), x, v))
print(hvp(lambda a: a.sum(), x, v))
