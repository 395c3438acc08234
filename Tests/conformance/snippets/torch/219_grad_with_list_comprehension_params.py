import torch
import torch.nn as nn
model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[2.0, -1.0]]))
    model.bias.fill_(0.5)
out = model(torch.tensor([[1.0, 1.0], [2.0, 0.0]]))
loss = out.pow(2).mean()
loss.backward()
print(loss)
print([p.grad for p in model.parameters()])
print([p.grad.norm().item() for p in model.parameters()])
print(model.weight.grad.shape)
