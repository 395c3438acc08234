import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.Adagrad([w], lr=0.5)
for i in range(5):
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    opt.step()
    print(i, w.detach())
print(opt.defaults['lr_decay'], opt.defaults['initial_accumulator_value'], opt.defaults['eps'])
