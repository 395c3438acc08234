import numpy as np
layer_dims = [4, 5, 3, 1]
np.random.seed(3)
params = {}
for l in range(1, len(layer_dims)):
    params["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
    params["b" + str(l)] = np.zeros((layer_dims[l], 1))
for k, v in params.items():
    print(k, v.shape)
print(np.round(params["W3"], 6))
