import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 6, 6, dtype=torch.float64, requires_grad=True)
w = torch.randn(4, 3, 3, 3, dtype=torch.float64, requires_grad=True)
s = torch.randn(2, 3, 8, dtype=torch.float64, requires_grad=True)
k = torch.randn(4, 3, 3, dtype=torch.float64, requires_grad=True)
v = torch.randn(4, 5, dtype=torch.float64, requires_grad=True)

def fmt(value):
    # Exact zeros print without a sign (a second derivative that vanishes may come out as -0.0).
    return "%.6f" % value if abs(value) >= 5e-7 else "0.000000"

def second(name, out, inputs):
    grads = torch.autograd.grad(out.sum(), inputs, create_graph=True)
    print(name, [g.grad_fn is not None for g in grads])
    total = sum((g * g).sum() for g in grads)
    second_grads = torch.autograd.grad(total, inputs)
    print(" ".join(fmt(t.sum().item()) for t in second_grads))

second("gelu", F.gelu(v), [v])
second("gelu tanh", F.gelu(v, approximate="tanh"), [v])
second("conv2d", F.conv2d(x, w, padding=1).tanh(), [x, w])
second("conv2d strided", F.conv2d(x, w, stride=2, dilation=(1, 2)).tanh(), [x, w])
second("conv1d", F.conv1d(s, k, stride=2, padding=1).tanh(), [s, k])
second("conv_transpose2d", F.conv_transpose2d(x, w.transpose(0, 1).contiguous(), stride=2).tanh(), [x, w])
second("max_pool2d", F.max_pool2d(x, 2).pow(3), [x])
second("max_pool2d ceil", F.max_pool2d(x, 4, stride=3, ceil_mode=True).pow(3), [x])
second("avg_pool2d", F.avg_pool2d(x, 3, stride=2, padding=1).pow(3), [x])
second("max_pool1d", F.max_pool1d(s, 3).pow(3), [s])
second("avg_pool1d", F.avg_pool1d(s, 2).pow(3), [s])
second("adaptive_avg_pool2d", F.adaptive_avg_pool2d(x, (4, 3)).pow(3), [x])
conv = nn.Conv2d(3, 2, 3).double()
with torch.no_grad():
    conv.weight.copy_(torch.randn(2, 3, 3, 3, dtype=torch.float64) * 0.3)
    conv.bias.copy_(torch.randn(2, dtype=torch.float64) * 0.1)
pool = nn.MaxPool2d(2)
second("Conv2d layer", pool(conv(x).relu()).pow(2), [x, conv.weight, conv.bias])

# A gradient penalty (WGAN-GP) through a small CNN critic.
critic = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.GELU(), nn.AvgPool2d(2), nn.Flatten(), nn.Linear(36, 1)).double()
with torch.no_grad():
    for p in critic.parameters():
        p.copy_(torch.randn(p.shape, dtype=torch.float64) * 0.3)
real = torch.randn(2, 3, 6, 6, dtype=torch.float64)
fake = torch.randn(2, 3, 6, 6, dtype=torch.float64)
alpha = torch.rand(2, 1, 1, 1, dtype=torch.float64)
mixed = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
score = critic(mixed)
grad = torch.autograd.grad(score.sum(), mixed, create_graph=True)[0]
penalty = ((grad.flatten(1).norm(dim=1) - 1) ** 2).mean()
penalty.backward()
print(fmt(penalty.item()))
print([None if p.grad is None else fmt(p.grad.sum().item()) for p in critic.parameters()])
