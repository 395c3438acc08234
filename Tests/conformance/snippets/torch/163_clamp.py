import torch
t = torch.tensor([-2.0, -0.5, 0.5, 2.0])
print(torch.clamp(t, min=-1.0, max=1.0))
print(t.clamp(min=0))
print(t.clamp(max=0))
print(torch.clip(t, -0.5, 0.5))
print(torch.clamp(torch.tensor([1, 5, 10]), 2, 8))
print(t.clamp(min=torch.tensor([0.0, 0.0, 1.0, 1.0])))
