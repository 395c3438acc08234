import torch
w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=4, eta_min=0.01)
for epoch in range(9):
    print(epoch, round(opt.param_groups[0]['lr'], 6))
    opt.step()
    sched.step()
