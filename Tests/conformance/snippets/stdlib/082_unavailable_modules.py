try:
    import pandas as pd
    print("pandas imported")
except ImportError as e:
    print("pandas", type(e).__name__, e.name)
try:
    from sklearn.linear_model import LinearRegression
except ImportError as e:
    print("sklearn", type(e).__name__, e.name)
try:
    import definitely_not_a_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, issubclass(ModuleNotFoundError, ImportError))
