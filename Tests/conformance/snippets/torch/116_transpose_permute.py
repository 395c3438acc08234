import torch
t = torch.arange(24).reshape(2, 3, 4)
print(t.transpose(0, 1).shape)
print(t.permute(2, 0, 1).shape)
print(torch.permute(t, (1, 2, 0)).shape)
print(t.transpose(1, 2)[0])
print(torch.transpose(t, 0, 2).shape)
print(t.permute(0, 2, 1).is_contiguous())
