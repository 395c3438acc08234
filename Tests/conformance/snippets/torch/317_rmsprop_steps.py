import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.RMSprop([w], lr=0.01)
for i in range(5):
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    opt.step()
    print(i, w.detach())
print(opt.defaults['alpha'], opt.defaults['eps'])
