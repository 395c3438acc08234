import pickle
import numpy as np
checkpoint = {'epoch': 7, 'weights': [np.arange(6, dtype=np.float64).reshape(2, 3).tolist(), [0.5, -0.5]], 'optimizer': {'lr': 0.01, 'momentum': 0.9}, 'history': [(1, 0.9), (2, 0.7)]}
with open('ckpt.pkl', 'wb') as f:
    pickle.dump(checkpoint, f, protocol=pickle.HIGHEST_PROTOCOL)
with open('ckpt.pkl', 'rb') as f:
    restored = pickle.load(f)
print(restored == checkpoint, restored['epoch'], np.array(restored['weights'][0]).sum(), restored['history'][-1])
print(type(restored['history'][0]).__name__, sorted(restored['optimizer']))
