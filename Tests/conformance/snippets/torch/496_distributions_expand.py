import torch
from torch.distributions import Categorical, Normal, Bernoulli, Uniform
torch.manual_seed(0)
for d in [Categorical(torch.tensor([0.2, 0.8])), Categorical(logits=torch.tensor([[0.0, 1.0, 2.0]])), Normal(0.0, 1.0),
          Bernoulli(torch.tensor([0.3])), Bernoulli(logits=torch.tensor(0.5)), Uniform(torch.tensor([0.0]), 2.0)]:
    e = d.expand((2, 1) if isinstance(d, Categorical) and d.batch_shape == (1,) else (3,) if d.batch_shape != (1,) else (4, 1))
    print(e, e.batch_shape, e.sample().shape, e.log_prob(e.sample()).shape, e._validate_args)
    print(e.entropy())
