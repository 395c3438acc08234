import torch
w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 5], gamma=0.1)
lrs = []
for epoch in range(7):
    lrs.append(round(opt.param_groups[0]['lr'], 6))
    opt.step()
    sched.step()
print(lrs)
