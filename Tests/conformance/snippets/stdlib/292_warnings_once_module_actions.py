import warnings
def emit():
    warnings.warn('repeat me')
for action in ['always', 'once', 'default', 'module', 'ignore']:
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for _ in range(3):
            emit()
        warnings.warn('different text')
    print(action, len(log), [str(w.message) for w in log])
