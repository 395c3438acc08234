import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
g = nn.GroupNorm(2, 4)
print(g, list(g.state_dict().keys()))
x = torch.randn(2, 4, 3, requires_grad=True)
y = g(x)
print(y.grad_fn.name(), y.shape)
print(torch.round(y[0], decimals=4))
(y * torch.arange(24.0).reshape(2, 4, 3)).sum().backward()
print(torch.round(x.grad[1], decimals=4))
print(torch.round(g.weight.grad, decimals=3), torch.round(g.bias.grad, decimals=3))
print(nn.GroupNorm(1, 3, affine=False), nn.GroupNorm(3, 6, eps=1e-3))
try:
    nn.GroupNorm(3, 4)
except ValueError as e:
    print("ValueError", e)
try:
    F.group_norm(x, 3)
except RuntimeError as e:
    print("RuntimeError", e)
print(torch.round(F.group_norm(x, 4, weight=torch.ones(4) * 2, bias=torch.ones(4))[0, 0], decimals=4))

i2 = nn.InstanceNorm2d(3)
print(i2, list(i2.state_dict().keys()))
z = torch.randn(2, 3, 4, 4, requires_grad=True)
o = i2(z)
print(o.shape, round(o.mean().item(), 5), round(o[1, 2].var(unbiased=False).item(), 4))
(o[:, 0] * z[:, 0]).sum().backward()
print(round(z.grad.abs().sum().item(), 4))

i1 = nn.InstanceNorm1d(3, affine=True, track_running_stats=True)
print(i1, list(i1.state_dict().keys()))
s = torch.randn(4, 3, 5)
r = i1(s)
print(torch.round(i1.running_mean, decimals=5), torch.round(i1.running_var, decimals=5), i1.num_batches_tracked)
i1.eval()
e = i1(s)
print(torch.round(e[0, 0], decimals=4))
print(torch.round(i1(s[0])[1], decimals=4))
print(torch.round(F.instance_norm(s)[1, 1], decimals=4))
rm, rv = torch.zeros(3), torch.ones(3)
F.instance_norm(s, rm, rv, momentum=0.5)
print(torch.round(rm, decimals=5), torch.round(rv, decimals=5))
try:
    nn.InstanceNorm1d(3)(torch.randn(3))
except ValueError as e:
    print("ValueError", e)
