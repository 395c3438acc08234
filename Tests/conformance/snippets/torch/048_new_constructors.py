import torch
x = torch.tensor([[1.0, 2.0]], dtype=torch.float64)
print(x.new_zeros(2, 2))
print(x.new_ones(3))
print(x.new_full((2,), 7.0))
print(x.new_tensor([1, 2]))
print(x.new_empty(1, 4).shape)
