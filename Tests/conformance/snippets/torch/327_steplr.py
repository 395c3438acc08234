import torch
w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
for epoch in range(7):
    print(epoch, opt.param_groups[0]['lr'], sched.get_last_lr())
    opt.step()
    sched.step()
