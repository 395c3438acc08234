import torch
w = torch.zeros(1, requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.9)
for epoch in range(5):
    opt.step()
    sched.step()
    print(epoch, round(sched.get_last_lr()[0], 6))
