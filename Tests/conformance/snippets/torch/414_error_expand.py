import torch
t = torch.tensor([[1], [2]])
try:
    t.expand(3, 3)
except RuntimeError as e:
    print(e)
