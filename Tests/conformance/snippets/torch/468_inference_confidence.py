import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3]])
probs = F.softmax(logits, dim=1)
conf, pred = probs.max(dim=1)
print(probs)
print(conf, pred)
classes = ['cat', 'dog', 'bird']
for c, p in zip(conf.tolist(), pred.tolist()):
    print(f'{classes[p]}: {c:.2%}')
