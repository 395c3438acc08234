import torch
s = torch.zeros(2, 3, 4).shape
print(s)
print(s[0], s[-1], len(s))
print(list(s), tuple(s))
print(s == (2, 3, 4), s == torch.Size([2, 3, 4]))
print(type(s).__name__)
print(torch.Size([5, 6]))
print(torch.zeros(2, 3).size(1), torch.zeros(2, 3).size(-1))
a, b, c = s
print(a * b * c)
