import torch
import torch.nn as nn
up = nn.ConvTranspose2d(1, 1, kernel_size=2, stride=2, bias=False)
with torch.no_grad():
    up.weight.copy_(torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]]))
x = torch.tensor([[[[1.0, -1.0], [0.5, 2.0]]]])
print(up)
print(up(x))
ct = nn.ConvTranspose2d(2, 3, 3, stride=2, padding=1, output_padding=1)
print(ct(torch.zeros(1, 2, 4, 4)).shape)
print(ct.weight.shape)
