import torch
# d2y/dx2 of the textbook functions, through autograd.grad(create_graph=True) twice.
x = torch.tensor([0.3, -0.8, 1.5], dtype=torch.float64, requires_grad=True)
functions = [
    ("cube", lambda t: t ** 3),
    ("tanh", torch.tanh),
    ("sin", torch.sin),
    ("cos", torch.cos),
    ("exp", torch.exp),
    ("sigmoid", torch.sigmoid),
    ("log", lambda t: torch.log(t * t + 1)),
    ("sqrt", lambda t: torch.sqrt(t * t + 1)),
    ("reciprocal", lambda t: 1 / (t + 3)),
    ("softplus", torch.nn.functional.softplus),
    ("silu", torch.nn.functional.silu),
    ("elu", torch.nn.functional.elu),
    ("product", lambda t: t * torch.sin(t) - t.pow(2) / 2),
]
for name, f in functions:
    y = f(x).sum()
    (dy,) = torch.autograd.grad(y, x, create_graph=True)
    (d2y,) = torch.autograd.grad(dy.sum(), x)
    print(name, dy.detach().numpy().round(6), d2y.numpy().round(6))
