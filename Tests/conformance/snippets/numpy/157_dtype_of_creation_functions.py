import numpy as np
print(np.zeros(1).dtype, np.ones(1, int).dtype, np.arange(3).dtype, np.arange(3.0).dtype)
print(np.linspace(0, 1, 3).dtype, np.eye(2).dtype, np.full(2, 7).dtype, np.full(2, 7.0).dtype)
print(np.array([1, 2]).dtype, np.array([1.0]).dtype, np.array([True]).dtype)
