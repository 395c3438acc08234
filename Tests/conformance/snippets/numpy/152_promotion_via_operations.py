import numpy as np
i = np.arange(2)
f32 = np.ones(2, dtype=np.float32)
f64 = np.ones(2)
b = np.array([True, False])
print((i + f32).dtype, (f32 + f64).dtype, (b + i).dtype, (b + b).dtype, (i * f64).dtype)
