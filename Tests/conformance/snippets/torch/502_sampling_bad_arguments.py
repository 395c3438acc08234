import torch
from torch.distributions import Categorical, Normal, Bernoulli, Uniform, OneHotCategorical, Independent
from torch.autograd.functional import jacobian, hessian, hvp
cases = [
 lambda: torch.finfo('x'), lambda: torch.finfo(3), lambda: torch.iinfo(), lambda: torch.heaviside(torch.zeros(3), torch.zeros(0)),
 lambda: torch.normal(torch.zeros(0), 1.0), lambda: torch.multinomial(torch.zeros(3), 1), lambda: torch.multinomial(torch.zeros(2, 0), 1),
 lambda: torch.multinomial(torch.tensor([0.5, 0.5]), 0), lambda: torch.multinomial(torch.tensor([0.5, float('nan')]), 1),
 lambda: torch.multinomial(torch.tensor([[[0.5]]]), 1),
 lambda: Categorical(torch.zeros(0)), lambda: Categorical(torch.zeros(3)).sample(), lambda: Normal(torch.zeros(3), torch.tensor([1., float('nan'), 1.])),
 lambda: jacobian(lambda a: 1, torch.zeros(2)), lambda: hessian(lambda a: a, torch.zeros(2)), lambda: hvp(lambda a: a.sum(), torch.zeros(2), torch.zeros(3)),
 lambda: torch.normal(torch.zeros(3), torch.tensor([1., -1., 1.])), lambda: torch.broadcast_tensors(), lambda: torch.broadcast_tensors(1, 2),
 lambda: Uniform(torch.zeros(2), torch.ones(3)), lambda: Bernoulli(logits=torch.tensor([float('inf')])).sample(), lambda: Independent(Normal(0., 1.), 1),
 lambda: OneHotCategorical(torch.tensor([[0.5, 0.5]])).log_prob(torch.tensor([[1., 0.]])), lambda: torch.normal(torch.zeros(2), torch.ones(2), size=(3,)),
 lambda: torch.heaviside(torch.tensor([True, False]), torch.tensor([True])), lambda: torch.logit(torch.tensor([1, 2])),
 lambda: Categorical(logits=torch.tensor([float('-inf'), 0.0])).entropy(),

]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, 'ok', r if not hasattr(r, 'shape') or r.numel() < 10 else r.shape)
    except Exception as e:
        print(i, type(e).__name__, str(e)[:120])
