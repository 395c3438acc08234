import torch
t = torch.ones(3, 4)
print(torch.is_tensor(t), torch.is_tensor([1]))
print(torch.numel(t))
print(t.is_floating_point(), torch.arange(3).is_floating_point())
print(isinstance(t, torch.Tensor))
print(type(t).__name__)
