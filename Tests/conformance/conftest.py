def pytest_configure(config):
    config.addinivalue_line("markers", "language: differential snippets of the plain language (Cellgrad Python vs CPython)")
    config.addinivalue_line("markers", "numpy: differential snippets of the numpy module (Cellgrad vs NumPy)")
    config.addinivalue_line("markers", "torch: differential snippets of the torch modules (Cellgrad vs PyTorch)")
    config.addinivalue_line("markers", "stdlib: differential snippets of the standard-library modules (collections, json, re, …) vs CPython")
    config.addinivalue_line("markers", "keras: differential snippets of the keras module (Cellgrad vs Keras 3 on JAX)")
    config.addinivalue_line("markers", "seeds: the python blocks of shared/seeds parse under `cellgrad run --check`")
