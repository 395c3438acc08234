import torch
from torch.autograd.functional import jacobian, hessian

def f(x):
    return x ** 2 + x.sin()

def g(x, y):
    return (x * y).exp(), x + y ** 3

x = torch.tensor([0.5, 1.0, 2.0])
y = torch.tensor([1.5, -1.0, 0.25])
print(jacobian(f, x))
print(jacobian(g, (x, y)))
print(jacobian(lambda a: a.sum(), x))
print(jacobian(lambda a: a @ a.T, torch.tensor([[1.0, 2.0], [3.0, 4.0]])).shape)
print(jacobian(f, x, vectorize=True))
print(jacobian(f, x, strategy="forward-mode", vectorize=True))
print(jacobian(lambda a: (a * 2, a.sum()), x))

def energy(x):
    return (x ** 3).sum() + x[0] * x[1]

print(hessian(energy, x))
print(hessian(lambda a, b: (a ** 2 * b).sum(), (x, y)))
print(hessian(lambda a: a.tanh().sum(), torch.tensor([[0.1, -0.2], [0.3, 0.4]])).shape)
J = jacobian(f, x, create_graph=True)
print(J.requires_grad, jacobian(f, x).requires_grad)

w = torch.tensor([1.0, 2.0], requires_grad=True)
print(jacobian(lambda a: a * w, torch.tensor([3.0, 4.0])))

def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: jacobian(lambda a: torch.ones(2), x, strict=True))
attempt(lambda: jacobian(lambda a, b: a * 2, (x, y), strict=True))
attempt(lambda: jacobian(f, [x]))
attempt(lambda: jacobian(f, 3.0))
attempt(lambda: jacobian(f, x, strategy="forward-mode"))
attempt(lambda: jacobian(f, x, strategy="forward-mode", vectorize=True, create_graph=True))
attempt(lambda: jacobian(f, x, strict=True, vectorize=True))
attempt(lambda: hessian(f, x))
attempt(lambda: hessian(lambda a: (a * 2).sum(), x, strict=True))
attempt(lambda: jacobian(lambda a: a * 2, x, create_graph=True, strict=True))
