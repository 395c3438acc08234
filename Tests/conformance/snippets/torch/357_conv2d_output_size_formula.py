import torch
import torch.nn as nn
for size, k, s, p in [(28, 3, 1, 1), (28, 5, 1, 0), (32, 3, 2, 1), (224, 7, 2, 3), (7, 3, 1, 0)]:
    conv = nn.Conv2d(3, 4, k, stride=s, padding=p)
    out = conv(torch.zeros(1, 3, size, size))
    print(size, k, s, p, tuple(out.shape), (size + 2 * p - k) // s + 1)
