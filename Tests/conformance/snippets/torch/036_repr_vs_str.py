import torch
t = torch.tensor([1.0, 2.0])
print(repr(t))
print(str(t))
print([t, t])
print((torch.tensor(1), torch.tensor(2.0)))
print(f"value: {torch.tensor([1, 2])}")
