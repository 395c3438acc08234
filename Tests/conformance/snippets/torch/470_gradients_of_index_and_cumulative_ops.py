import torch

x = torch.tensor([[1.0, -2.0, 3.0], [0.5, 0.0, 4.0]], requires_grad=True)
def grad_of(f):
    if x.grad is not None:
        x.grad = None
    f(x).sum().backward()
    return x.grad

print(grad_of(lambda t: t.prod(dim=1)))
print(grad_of(lambda t: t.prod()))
print(grad_of(lambda t: t.cumsum(1) * torch.tensor([1.0, 2.0, 3.0])))
print(grad_of(lambda t: t.cumprod(1) * torch.tensor([1.0, 2.0, 3.0])))
print(grad_of(lambda t: t.amax(dim=0)))
print(grad_of(lambda t: torch.tensor([[1.0, 1.0, 1.0]]) * t.amin(dim=1, keepdim=True)))
print(grad_of(lambda t: t.diagonal() * torch.tensor([2.0, 3.0])))
print(grad_of(lambda t: t.norm(dim=1)))
print(grad_of(lambda t: t.cummax(1).values))
print(grad_of(lambda t: t.repeat_interleave(2, dim=0) * torch.arange(4.0).unsqueeze(1)))
print(grad_of(lambda t: torch.zeros(2, 4).scatter(1, torch.tensor([[0, 1, 2], [3, 2, 1]]), t) * torch.arange(8.0).reshape(2, 4)))
print(grad_of(lambda t: t.scatter_add(1, torch.tensor([[0, 0, 1], [2, 2, 2]]), torch.ones(2, 3)) ** 2))
print(grad_of(lambda t: t.index_add(0, torch.tensor([1, 1]), torch.ones(2, 3)) * t))
print(grad_of(lambda t: torch.cdist(t, torch.tensor([[0.0, 0.0, 0.0]]))))
print(grad_of(lambda t: torch.atan2(t, torch.ones(2, 3))))
print(grad_of(lambda t: torch.special.erfc(t)))
print(grad_of(lambda t: torch.lgamma(t.abs() + 1)))
print(grad_of(lambda t: torch.addmm(torch.ones(2, 2), t, t.t(), beta=0.5, alpha=2.0)))
print(grad_of(lambda t: torch.nn.functional.hardswish(t) + torch.nn.functional.mish(t) + torch.nn.functional.celu(t, alpha=0.5)))
print(grad_of(lambda t: t.kthvalue(2, dim=1).values * 3))
y = torch.zeros(3, requires_grad=True)
z = y * 1
z.index_put_((torch.tensor([0, 0, 2]),), torch.tensor([1.0, 2.0, 3.0]), accumulate=True)
(z * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(z, y.grad)
print(torch.aminmax(torch.tensor([[1, 5], [3, 2]]), dim=0))
print(torch.rot90(torch.arange(6).reshape(2, 3), 2), torch.rot90(torch.arange(6).reshape(2, 3), -1))
print(torch.vstack([torch.tensor(1), torch.tensor(2)]), torch.dstack([torch.tensor([1, 2]), torch.tensor([3, 4])]).shape)
print(torch.column_stack([torch.tensor([1, 2]), torch.tensor([[3], [4]])]))
