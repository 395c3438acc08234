import torch
from torch.distributions import Independent, Normal, OneHotCategorical, Categorical, kl_divergence, constraints

torch.manual_seed(0)
base = Normal(torch.zeros(2, 3), torch.ones(2, 3))
d = Independent(base, 1)
print(d)
print(d.batch_shape, d.event_shape, d.has_rsample, d.has_enumerate_support, d.support)
x = d.sample()
print(x.shape, d.log_prob(x), d.entropy())
print(d.rsample((4,)).shape, d.mean.shape, d.variance.shape)
q = Independent(Normal(torch.ones(2, 3), 2 * torch.ones(2, 3)), 1)
print(kl_divergence(d, q))
print(Independent(base, 2).event_shape, Independent(base, 0).batch_shape)
print(d.expand((4, 2)).batch_shape)
try:
    Independent(base, 3)
except ValueError as e:
    print("ValueError:", e)

o = OneHotCategorical(torch.tensor([0.1, 0.2, 0.7]))
print(o, o.batch_shape, o.event_shape)
print(o.sample(), o.sample((3,)))
print(o.log_prob(torch.tensor([0.0, 0.0, 1.0])), o.entropy(), o.mode, o.mean, o.variance)
print(o.enumerate_support())
print(o.support, type(o), o.param_shape, o.probs, o.logits)
o2 = OneHotCategorical(logits=torch.tensor([[0.0, 1.0], [2.0, -1.0]]))
print(o2.sample((2,)), kl_divergence(o2, OneHotCategorical(torch.tensor([0.5, 0.5]))))
try:
    o.log_prob(torch.tensor([0.0, 1.0, 1.0]))
except ValueError as e:
    print("ValueError:", e)
print(constraints.one_hot.check(torch.tensor([[0, 1], [1, 1]])))
