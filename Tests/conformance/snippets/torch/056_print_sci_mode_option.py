import torch
torch.set_printoptions(sci_mode=False)
print(torch.tensor([1e-5, 1.0]))
print(torch.tensor([123456.0, 0.5]))
torch.set_printoptions(sci_mode=None)
print(torch.tensor([1e-5, 1.0]))
