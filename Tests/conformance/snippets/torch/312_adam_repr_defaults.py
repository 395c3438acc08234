import torch
w = torch.zeros(2, requires_grad=True)
opt = torch.optim.Adam([w])
print(opt)
print(opt.defaults['lr'], opt.defaults['betas'], opt.defaults['eps'], opt.defaults['weight_decay'])
