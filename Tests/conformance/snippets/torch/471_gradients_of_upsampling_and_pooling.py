import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 2, 3, 3, requires_grad=True)
w = torch.randn(2, 1, 3, 3, requires_grad=True)
y = F.conv_transpose2d(x, w, stride=2, padding=1, output_padding=1)
print(y.shape)
(y * torch.arange(y.numel(), dtype=torch.float32).reshape(y.shape)).sum().backward()
print(x.grad.round(decimals=3))
print(w.grad.round(decimals=3))

for mode, corners in [('nearest', None), ('bilinear', False), ('bilinear', True)]:
    x.grad = None
    z = F.interpolate(x, size=(5, 4), mode=mode, align_corners=corners)
    (z * torch.arange(z.numel(), dtype=torch.float32).reshape(z.shape)).sum().backward()
    print(mode, corners, z[0, 0].round(decimals=3).tolist())
    print(x.grad[0, 0].round(decimals=3).tolist())

x.grad = None
p = F.max_pool2d(x, 2, ceil_mode=True)
print(p.shape)
p.sum().backward()
print(x.grad[0, 1])
x.grad = None
q = nn.AdaptiveMaxPool2d((2, 2))(x)
q.sum().backward()
print(q[0, 0], x.grad[0, 0])
print(F.interpolate(torch.arange(4.0).reshape(1, 1, 4), scale_factor=1.5, mode='linear'))
print(nn.Upsample(size=(2, 3), mode='bilinear'))
print(nn.MaxPool1d(3, stride=2, ceil_mode=True)(torch.arange(8.0).reshape(1, 1, 8)))
