import torch
# makemore's bigram sampling loop: one draw at a time from a seeded generator.
g = torch.Generator().manual_seed(2147483647)
N = torch.randint(1, 20, (27, 27), generator=g).float()
P = N / N.sum(1, keepdim=True)
for _ in range(5):
    out = []
    ix = 0
    while True:
        ix = torch.multinomial(P[ix], num_samples=1, replacement=True, generator=g).item()
        out.append(chr(ord('a') + ix - 1) if ix > 0 else '.')
        if ix == 0 or len(out) > 30:
            break
    print(''.join(out))
p = torch.rand(3, generator=g)
p = p / p.sum()
print(p, torch.multinomial(p, num_samples=100, replacement=True, generator=g))
