import numpy as np
print(np.result_type(np.int64, np.float32), np.result_type(np.float32, np.float64))
print(np.result_type(np.bool_, np.int64), np.promote_types("float32", "int64"))
