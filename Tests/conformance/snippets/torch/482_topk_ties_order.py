import torch
# torch's CPU topk returns tied values in the order its selection algorithm leaves them
rows = torch.tensor([[0.6, 0.1, 0.1, 0.1, 0.1],
                     [1.0, 1.0, 1.0, 1.0, 1.0],
                     [0.0, 2.0, 2.0, 1.0, 2.0],
                     [3.0, 1.0, 3.0, 1.0, 3.0]])
for k in range(1, 6):
    print(k, rows.topk(k).indices.tolist(), rows.topk(k, largest=False).indices.tolist())
g = torch.Generator().manual_seed(0)
t = torch.randint(0, 4, (3, 40), generator=g).float()
print(t.topk(7).indices)
print(t.topk(3, dim=0, largest=False).indices[:, :10])
big = torch.randint(0, 3, (200,), generator=g).float()
print(big.topk(2).indices, big.topk(3, largest=False).indices)
v, i = torch.topk(torch.tensor([2.0, float('nan'), 2.0, 5.0]), 2)
print(v, i)
print(torch.tensor([[1, 3, 3, 2]]).topk(2))
try:
    torch.tensor([1.0, 2.0]).topk(3)
except RuntimeError as e:
    print("RuntimeError", e)
