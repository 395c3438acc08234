import numpy as np
a = np.array([[1, 2], [3, 4]])
print(a.item(0), a.item((1, 0)), type(a.item(0)).__name__)
print(a.sum().item(), type(a.sum().item()).__name__)
