import torch
import torch.nn as nn
model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.5, -0.5]]))
    model.bias.fill_(2.0)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
model(torch.ones(1, 2)).sum().backward()
opt.step()
torch.save({'epoch': 3, 'model_state_dict': model.state_dict(),
            'optimizer_state_dict': opt.state_dict(), 'loss': 0.25}, 'ckpt.pt')
ckpt = torch.load('ckpt.pt')
print(sorted(ckpt.keys()))
print(ckpt['epoch'], ckpt['loss'])
m2 = nn.Linear(2, 1)
m2.load_state_dict(ckpt['model_state_dict'])
o2 = torch.optim.SGD(m2.parameters(), lr=0.5)
o2.load_state_dict(ckpt['optimizer_state_dict'])
print(m2.weight, m2.bias)
print(o2.param_groups[0]['lr'], o2.param_groups[0]['momentum'])
print(o2.state_dict()['state'][0]['momentum_buffer'])
