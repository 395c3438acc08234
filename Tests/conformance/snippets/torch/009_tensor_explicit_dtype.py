import torch
print(torch.tensor([1, 2, 3], dtype=torch.float32))
print(torch.tensor([1, 2, 3], dtype=torch.float64))
print(torch.tensor([1.7, 2.2, -3.9], dtype=torch.int64))
print(torch.tensor([1, 2, 3], dtype=torch.int32))
print(torch.tensor([0, 1, 2], dtype=torch.bool))
print(torch.tensor([1, 200, 3], dtype=torch.uint8))
