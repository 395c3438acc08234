import torch
import torch.nn as nn
a = nn.Linear(3, 2)
with torch.no_grad():
    a.weight.copy_(torch.arange(6.0).reshape(2, 3))
    a.bias.copy_(torch.tensor([1.0, -1.0]))
torch.save(a.state_dict(), 'model.pt')
b = nn.Linear(3, 2)
b.load_state_dict(torch.load('model.pt'))
print(b.weight)
print(b.bias)
t = torch.tensor([[1, 2], [3, 4]])
torch.save(t, 't.pt')
print(torch.load('t.pt'))
