import torch
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
with torch.no_grad():
    w[0] = 5.0
    w[1:] *= 2
print(w)
print(w.is_leaf, w.grad_fn)
(w ** 2).sum().backward()
print(w.grad)
