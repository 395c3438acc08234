import torch
a = torch.tensor([-7, 7, -7, 7])
b = torch.tensor([2, 2, -2, -2])
print(a // b)
print(a % b)
print(torch.div(a, b, rounding_mode='floor'))
print(torch.div(a, b, rounding_mode='trunc'))
print(torch.div(a, b))
print(torch.remainder(a, b), torch.fmod(a, b))
