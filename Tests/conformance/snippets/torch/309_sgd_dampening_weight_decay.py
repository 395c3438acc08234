import torch
w = torch.tensor([1.0, -1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.5, dampening=0.5, weight_decay=0.1)
for i in range(4):
    opt.zero_grad()
    loss = (3 * w).sum()
    loss.backward()
    opt.step()
    print(i, w.detach())
