import torch
from torch.distributions import Normal, Categorical, Bernoulli, Uniform, kl_divergence
from torch.distributions.kl import kl_divergence as kl2, register_kl
import torch.distributions as D

mu = torch.tensor([0.0, 1.0, -0.5], requires_grad=True)
logvar = torch.tensor([0.1, -0.3, 0.0], requires_grad=True)
q = Normal(mu, torch.exp(0.5 * logvar))
p = Normal(torch.zeros(3), torch.ones(3))
kl = kl_divergence(q, p)
print(kl)
kl.sum().backward()
print(mu.grad, logvar.grad)
print(kl2(Normal(0.0, 1.0), Normal(1.0, 2.0)))
print(kl_divergence(Categorical(torch.tensor([0.2, 0.8])), Categorical(logits=torch.tensor([0.0, 1.0]))))
print(kl_divergence(Categorical(torch.tensor([[0.0, 1.0], [0.5, 0.5]])), Categorical(torch.tensor([0.5, 0.5]))))
print(kl_divergence(Categorical(torch.tensor([0.5, 0.5])), Categorical(torch.tensor([1.0, 0.0]))))
print(kl_divergence(Bernoulli(torch.tensor([0.3, 0.0, 1.0])), Bernoulli(torch.tensor([0.5, 0.5, 0.0]))))
print(kl_divergence(Uniform(0.0, 1.0), Uniform(-1.0, 2.0)), kl_divergence(Uniform(0.0, 1.0), Uniform(0.5, 2.0)))
print(D.kl_divergence(Normal(torch.zeros(2), 1.0), Normal(0.5, 1.5)))
try:
    print(kl_divergence(Normal(torch.zeros(2), 1.0), Uniform(0.0, 1.0)))
    kl_divergence(Categorical(torch.tensor([0.5, 0.5])), Normal(0.0, 1.0))
except NotImplementedError as e:
    print("NotImplementedError:", e)

class Shifted(Normal):
    pass

print(kl_divergence(Shifted(0.0, 1.0), Normal(0.0, 2.0)))

@register_kl(Shifted, Normal)
def _kl_shifted(p, q):
    return torch.tensor(42.0)

print(kl_divergence(Shifted(0.0, 1.0), Normal(0.0, 2.0)))
