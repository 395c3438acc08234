import torch
import torch.nn as nn
from torch.distributions import Categorical, Normal

torch.manual_seed(0)
policy = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3), nn.Softmax(dim=-1))
opt = torch.optim.Adam(policy.parameters(), lr=0.01)
state = torch.randn(5, 4)
for step in range(3):
    probs = policy(state)
    m = Categorical(probs)
    action = m.sample()
    reward = torch.randn(5)
    loss = (-m.log_prob(action) * reward).mean() - 0.01 * m.entropy().mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, action.tolist(), round(loss.item(), 4))
print(policy[0].weight.grad.sum().item() != 0, [round(p.sum().item(), 4) for p in policy.parameters()])

mu_net = nn.Linear(4, 2)
log_std = nn.Parameter(torch.zeros(2))
dist = Normal(mu_net(state), log_std.exp())
a = dist.sample()
lp = dist.log_prob(a).sum(-1)
(-lp.mean()).backward()
print(a, lp, log_std.grad, mu_net.bias.grad)
