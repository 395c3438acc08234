import torch
t = torch.arange(6).reshape(2, 3)
print(torch.flip(t, [0]))
print(t.flip(1))
print(torch.fliplr(t))
print(torch.roll(t, 1))
print(torch.roll(t, 1, dims=1))
print(torch.rot90(t))
