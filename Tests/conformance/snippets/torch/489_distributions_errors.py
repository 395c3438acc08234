import torch
from torch.distributions import Categorical, Normal, Bernoulli, Uniform

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: Normal(0.0, -1.0))
attempt(lambda: Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0])))
attempt(lambda: Categorical(torch.tensor([0.5, -0.1])))
attempt(lambda: Categorical())
attempt(lambda: Categorical(probs=torch.tensor([0.5, 0.5]), logits=torch.tensor([0.0, 0.0])))
attempt(lambda: Categorical(torch.tensor(0.5)))
attempt(lambda: Bernoulli(torch.tensor([1.5])))
attempt(lambda: Uniform(1.0, 0.0))
attempt(lambda: Categorical(torch.tensor([0.2, 0.8])).log_prob(torch.tensor([2])))
attempt(lambda: Bernoulli(0.4).log_prob(torch.tensor(0.5)))
attempt(lambda: Uniform(0.0, 1.0).log_prob(torch.tensor(2.0)))
attempt(lambda: Normal(torch.zeros(3), 1.0).log_prob(torch.zeros(2)))
attempt(lambda: Normal(0.0, 1.0).log_prob(0.5))
attempt(lambda: Normal(0.0, 1.0, validate_args=False).log_prob(torch.tensor(0.5)))
attempt(lambda: Normal(0.0, -1.0, validate_args=False))
attempt(lambda: Categorical(torch.tensor([0.2, 0.8]), validate_args=False).log_prob(torch.tensor([1])))
attempt(lambda: Normal(0.0, 1.0).mode)
attempt(lambda: Categorical(torch.tensor([0.2, 0.8])).mean)
