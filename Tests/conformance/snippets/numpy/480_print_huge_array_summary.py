import numpy as np

# A summarised print shows the corners of each long axis; only those are read.
big = np.broadcast_to(np.arange(10.0), (20, 1000000, 10))
print(big)
print(repr(big))
ints = np.broadcast_to(np.arange(-5, 5), (3, 400, 10))
print(ints)
t = np.zeros((2, 3000))
t[1, -1] = 7.5
t[0, 1] = -0.125
print(t)
print(repr(np.arange(2000.0)[::3]))
print(np.arange(2000, dtype=np.float32).reshape(40, 50).T)
s = np.array(['a', 'bb', 'ccc'] * 500)
print(s)
print(repr(s.reshape(3, 500)[:, ::-1]))
np.set_printoptions(edgeitems=1, threshold=5)
print(np.arange(60).reshape(3, 4, 5))
print(np.arange(30) % 3 == 0)
print(repr(np.arange(6).reshape(2, 3)))
np.set_printoptions(edgeitems=0, threshold=0)
print(np.arange(12).reshape(3, 4))
np.set_printoptions(edgeitems=5000, threshold=10)
print(np.arange(12))
np.set_printoptions(edgeitems=3, threshold=1000)
