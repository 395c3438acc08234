import torch
t = torch.zeros(2, 3, 4)
print(torch.movedim(t, 0, -1).shape)
print(t.swapaxes(0, 1).shape)
print(t.swapdims(1, 2).shape)
print(t.moveaxis(2, 0).shape)
