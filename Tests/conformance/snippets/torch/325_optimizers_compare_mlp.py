import torch
import torch.nn as nn

def make():
    m = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1))
    with torch.no_grad():
        m[0].weight.copy_(torch.tensor([[0.1, 0.2], [-0.3, 0.4], [0.5, -0.6]]))
        m[0].bias.copy_(torch.tensor([0.0, 0.1, -0.1]))
        m[2].weight.copy_(torch.tensor([[0.3, -0.2, 0.1]]))
        m[2].bias.fill_(0.05)
    return m

x = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y = torch.tensor([[0.0], [1.0], [1.0], [0.0]])
for name, cls, kw in [('SGD', torch.optim.SGD, {'lr': 0.5}), ('Adam', torch.optim.Adam, {'lr': 0.05}),
                      ('AdamW', torch.optim.AdamW, {'lr': 0.05}), ('RMSprop', torch.optim.RMSprop, {'lr': 0.01}),
                      ('Adagrad', torch.optim.Adagrad, {'lr': 0.1})]:
    m = make()
    opt = cls(m.parameters(), **kw)
    for step in range(20):
        opt.zero_grad()
        loss = nn.functional.mse_loss(m(x), y)
        loss.backward()
        opt.step()
    print(name, f"{loss.item():.4f}", m[2].weight.detach().round(decimals=3))
