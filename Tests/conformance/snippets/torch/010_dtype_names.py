import torch
print(torch.float32, torch.float, torch.float64, torch.double)
print(torch.int64, torch.long, torch.int32, torch.int, torch.bool, torch.uint8)
print(torch.float32 == torch.float, torch.int64 == torch.long)
print(torch.get_default_dtype())
print(repr(torch.float32))
