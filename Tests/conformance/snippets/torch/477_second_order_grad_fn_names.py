import torch
x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
for name, f in [("exp", torch.exp), ("log", lambda t: torch.log(t.abs())), ("sin", torch.sin), ("tanh", torch.tanh),
                ("sigmoid", torch.sigmoid), ("relu", torch.relu), ("pow", lambda t: t ** 4), ("div", lambda t: 1 / t),
                ("softmax", lambda t: torch.softmax(t, 0)), ("log_softmax", lambda t: torch.log_softmax(t, 0))]:
    (g,) = torch.autograd.grad(f(x).sum(), x, create_graph=True)
    print(name, type(g.grad_fn).__name__)
