import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical

# Sampling characters from a tiny language model, as the lessons do.
torch.manual_seed(42)
chars = list("abcdefgh.")
stoi = {c: i for i, c in enumerate(chars)}
model = nn.Sequential(nn.Embedding(len(chars), 8), nn.Linear(8, len(chars)))
out = []
ix = stoi["."]
for _ in range(20):
    logits = model(torch.tensor([ix]))
    dist = Categorical(logits=logits)
    ix = dist.sample().item()
    out.append(chars[ix])
print("".join(out))

g = torch.Generator().manual_seed(2147483647)
torch.manual_seed(0)
probs = F.softmax(torch.randn(len(chars)), dim=0)
print(probs)
d = Categorical(probs)
print(d.sample((10,)))
print(torch.multinomial(probs, num_samples=10, replacement=True, generator=g))
with torch.no_grad():
    logits = model(torch.arange(len(chars)))
d = Categorical(logits=logits)
print(d.batch_shape)
print(d.sample())
print(d.log_prob(torch.arange(len(chars))))
print(d.entropy().mean())
