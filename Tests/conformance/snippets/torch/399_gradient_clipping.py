import torch
import torch.nn as nn
w = nn.Parameter(torch.tensor([3.0, 4.0]))
(w * torch.tensor([3.0, 4.0])).sum().backward()
print(w.grad)
total = nn.utils.clip_grad_norm_([w], max_norm=1.0)
print(total)
print(w.grad)
v = nn.Parameter(torch.tensor([1.0, -1.0]))
(v * torch.tensor([5.0, -5.0])).sum().backward()
nn.utils.clip_grad_value_([v], clip_value=2.0)
print(v.grad)
