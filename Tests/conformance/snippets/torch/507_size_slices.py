import torch

x = torch.zeros(2, 3, 4, 5)
print(x.shape[1:], type(x.shape[1:]).__name__)
print(x.shape[::-1], x.size()[:2], x.shape[-2:].numel())
print(x.shape[1], type(x.shape[1]).__name__, x.shape[-1])
print(x.shape[1:] == (3, 4, 5), tuple(x.shape[2:]), list(x.shape[:0]))
print(torch.Size([2, 3])[1:], len(x.shape[1:3]))
n, *rest = x.shape
print(n, rest)
print(torch.zeros(x.shape[1:]).shape)
try:
    x.shape[7]
except IndexError as e:
    print("IndexError", e)
