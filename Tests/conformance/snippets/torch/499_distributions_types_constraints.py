import torch
from torch.distributions import Categorical, Normal, Bernoulli, Uniform, Distribution, constraints
d = Categorical(torch.tensor([0.5, 0.5]))
print(type(d), Normal, Bernoulli.__mro__)
print(isinstance(d, Distribution), isinstance(Normal(0., 1.), torch.distributions.ExponentialFamily))
print(type(constraints.simplex), constraints.positive, constraints.real_vector, constraints.unit_interval)
print(Normal.arg_constraints, Categorical.has_enumerate_support, Normal.has_rsample, Categorical.has_rsample)
print(constraints.is_dependent(Categorical.support), Normal.support)
print(Normal(0., 1.).support.check(torch.tensor([0.0, float('nan')])))
print(Categorical.support, Uniform.support.is_discrete, Categorical.support.event_dim)
d = Normal(torch.zeros(2), torch.ones(2))
print(d.sample_n(3).shape if hasattr(d, 'sample_n') else None)
torch.distributions.Distribution.set_default_validate_args(False)
print(Normal(0.0, -1.0))
torch.distributions.Distribution.set_default_validate_args(True)
from torch.distributions.normal import Normal as N2
from torch.distributions.categorical import Categorical as C2
import torch.distributions.bernoulli as bernoulli_module
print(N2 is Normal, C2 is Categorical, bernoulli_module.Bernoulli(0.5))
