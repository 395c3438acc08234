import torch
scores = torch.arange(9.0).reshape(3, 3)
causal = torch.triu(torch.ones(3, 3), diagonal=1).bool()
print(causal)
masked = scores.masked_fill(causal, float('-inf'))
print(masked)
print(torch.softmax(masked, dim=-1))
pad = torch.tensor([1, 1, 0])
print(scores.masked_fill(pad.unsqueeze(0) == 0, -1e9))
