# Print options and diagonal offsets at the ends of the 64-bit range print or raise as NumPy.
import numpy as np
for width in [-2**63, -1, 0, 2**63 - 1]:
    np.set_printoptions(linewidth=width)
    print(np.array([1.5, 2.25]), repr(np.arange(4.)), np.diag([1, 2, 10**18]), sep='\n')
np.set_printoptions(linewidth=75)
m = np.arange(9).reshape(3, 3)
for k in [-2**31 + 1, -4, -3, -1, 0, 2, 3, 2**31 - 1]:
    print(k, np.diag(m, k), np.trace(m, k), m.diagonal(k), np.eye(2, k=k).sum(), np.tri(2, k=k).sum())
print(np.eye(3, k=2**63 - 1).sum(), np.eye(3, k=-2**63).sum(), np.eye(3, 4, k=-2**62).sum())
