import numpy as np
s = np.array([["cat", "dog"], ["bird", "eel"]])
print(s.shape, s.ndim, s.size, s.dtype, s.dtype.kind, s.itemsize)
print(s.T)
print(s[:, 0], s[s != "dog"])
v = s.reshape(4)
v[1] = "elephant"
print(s)
print(repr(s[0]), s[1, 1], len(s))
print(s.tolist(), "eel" in s, "ant" in s)
print(" ".join(w.upper() for w in s.ravel()))
print(isinstance(s, np.ndarray))
print(np.array(["a", 1, 2.5]))
