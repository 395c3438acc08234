import numpy as np

# A softmax computed in float32 sums to 1 only within float32's precision; NumPy's choice
# accepts that (its tolerance is sqrt(eps) of p's own float type), and refuses float64 weights
# that are as far off.
logits = np.linspace(-3, 3, 2500).astype(np.float32)
p = np.exp(logits - logits.max())
p = p / p.sum()
p[0] += np.float32(2e-5)
print(p.dtype, abs(float(p.sum()) - 1) > 1e-8)
rng = np.random.RandomState(0)
print(rng.choice(2500, size=5, p=p))
print(np.random.default_rng(0).choice(2500, size=5, p=p))
for weights in [p.astype(np.float64), p + np.float32(1e-3)]:
    try:
        np.random.choice(2500, p=weights)
    except ValueError as e:
        print('ValueError:', e)
