import torch
import torch.nn as nn
x = torch.arange(25.0).reshape(1, 1, 5, 5)
for kw in [dict(padding=1), dict(stride=2), dict(padding=1, stride=2), dict(padding='same'), dict(padding='valid')]:
    conv = nn.Conv2d(1, 1, 3, bias=False, **kw)
    with torch.no_grad():
        conv.weight.fill_(1.0)
    y = conv(x)
    print(kw, tuple(y.shape))
    print(y[0, 0])
