import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
# in-place ops on tensors inside a graph: gradients as if out of place
x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
for op, args in [("pow_", (2,)), ("mul_", (3,)), ("div_", (4,)), ("add_", (1,)), ("sub_", (0.5,)),
                 ("exp_", ()), ("sigmoid_", ()), ("tanh_", ()), ("sin_", ()), ("relu_", ()), ("clamp_", (0.6, 1.5))]:
    y = x * 1
    getattr(y, op)(*args)
    y.sum().backward()
    print(op, type(y.grad_fn).__name__, x.grad.numpy().round(4))
    x.grad = None
y = x - 1
y *= 3
y += 2
y.pow(2).sum().backward()
print(x.grad)
x.grad = None
# inplace activations in a model
net = nn.Sequential(nn.Linear(3, 3), nn.ReLU(inplace=True), nn.Linear(3, 1))
with torch.no_grad():
    net[0].weight.copy_(torch.tensor([[1.0, -1.0, 0.5], [-2.0, 0.5, 1.0], [0.3, 0.3, -1.0]]))
    net[0].bias.copy_(torch.tensor([0.1, -0.2, 0.0]))
    net[2].weight.copy_(torch.tensor([[1.0, 2.0, 3.0]]))
out = net(x.unsqueeze(0))
out.sum().backward()
print(out, net[0].weight.grad)
z = x * 2
r = F.relu(z - 2, inplace=True)
r.sum().backward()
print(r, x.grad)
