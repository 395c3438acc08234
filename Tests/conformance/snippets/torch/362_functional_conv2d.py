import torch
import torch.nn.functional as F
x = torch.arange(16.0).reshape(1, 1, 4, 4)
w = torch.tensor([[[[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]]]])
print(F.conv2d(x, w))
print(F.conv2d(x, w, padding=1))
print(F.conv2d(x, w, bias=torch.tensor([10.0]), stride=2, padding=1))
