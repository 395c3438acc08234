import torch
w = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
opt = torch.optim.AdamW([w], lr=0.1)
for i in range(5):
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    opt.step()
    print(i, w.detach())
print(opt.defaults['weight_decay'])
