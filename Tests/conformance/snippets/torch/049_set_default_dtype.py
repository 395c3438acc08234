import torch
torch.set_default_dtype(torch.float64)
print(torch.tensor([1.0, 2.0]))
print(torch.zeros(2).dtype, torch.arange(3.0).dtype)
print(torch.nn.Linear(2, 2).weight.dtype)
torch.set_default_dtype(torch.float32)
print(torch.tensor([1.0, 2.0]).dtype)
