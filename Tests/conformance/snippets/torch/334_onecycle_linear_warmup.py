import torch
w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.25, total_iters=3)
for epoch in range(5):
    print(epoch, round(opt.param_groups[0]['lr'], 6))
    opt.step()
    sched.step()
