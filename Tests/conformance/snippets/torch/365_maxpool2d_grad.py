import torch
import torch.nn.functional as F
x = torch.tensor([[[[1.0, 2.0], [4.0, 3.0]]]], requires_grad=True)
F.max_pool2d(x, 2).sum().backward()
print(x.grad)
