import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0], requires_grad=True)
torch.autograd.backward([(a * 2).sum(), (b * a).sum()])
print(a.grad, b.grad)
