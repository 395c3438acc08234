import numpy as np
A = np.arange(6).reshape(2, 3)
B = np.arange(6).reshape(3, 2)
print(np.tensordot(A, B, axes=1))
print(np.einsum("ij,jk->ik", A, B))
print(np.einsum("ii->", np.eye(3)), np.einsum("i,i->", [1, 2], [3, 4]))
print(np.einsum("ij->ji", A))
print(np.einsum("bij,bjk->bik", np.ones((2, 2, 3)), np.ones((2, 3, 1))).shape)
