import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([1.0, 2.0, 3.0000001])
print(torch.equal(a, a.clone()), torch.equal(a, b))
print(torch.allclose(a, b))
print(torch.isclose(a, torch.tensor([1.0, 2.1, 3.0])))
print(torch.allclose(a, a + 1e-3, atol=1e-2))
