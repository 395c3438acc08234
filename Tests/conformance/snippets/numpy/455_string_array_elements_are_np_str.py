import numpy as np
a = np.array(['cat', 'dog', 'cat'])
x = a[0]
print(repr(x), type(x), isinstance(x, str), x == 'cat', x + '!', x.upper(), len(x))
print(repr(list(a)), repr(a.tolist()), repr(a.item(0)))
u, c = np.unique(a, return_counts=True)
print(repr(u[0]), c)
d = {x: 1}
print(d['cat'], f"{x}", str(x), [x])
