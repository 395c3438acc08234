import torch
import torch.nn as nn
torch.manual_seed(0)
critic = nn.Sequential(nn.Linear(4, 8), nn.LeakyReLU(0.2), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 1))
real = torch.randn(5, 4)
fake = torch.randn(5, 4)
alpha = torch.rand(5, 1)
mixed = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
score = critic(mixed)
(grads,) = torch.autograd.grad(outputs=score, inputs=mixed, grad_outputs=torch.ones_like(score),
                               create_graph=True, retain_graph=True)
print(grads.shape, grads.requires_grad)
penalty = ((grads.norm(2, dim=1) - 1) ** 2).mean()
print(round(penalty.item(), 5))
loss = score.mean() + 10 * penalty
critic.zero_grad()
loss.backward()
for name, p in critic.named_parameters():
    print(name, round(p.grad.abs().sum().item(), 4))
