import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.05, betas=(0.8, 0.99), eps=1e-6, weight_decay=0.1)
for i in range(5):
    opt.zero_grad()
    loss = (w ** 2).sum() + w.sum()
    loss.backward()
    opt.step()
    print(i, w.detach())
