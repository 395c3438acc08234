import numpy as np
a = np.array([[1, 2], [3, 4]])
print(a.tolist(), type(a.tolist()).__name__)
print(np.array([1.5]).item(), type(np.array([1.5]).item()).__name__)
print(a.item(3), np.array(7).item())
print(np.arange(3.0).tolist())
