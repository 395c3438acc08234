import warnings
def scale(x, factor=None):
    if factor is None:
        warnings.warn('factor is None; using 1.0', UserWarning)
        factor = 1.0
    if factor > 10:
        warnings.warn(f'large factor {factor}', RuntimeWarning)
    return x * factor
def old_api(x):
    warnings.warn('old_api is deprecated; use scale', DeprecationWarning, stacklevel=2)
    return scale(x, 2)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(scale(3), scale(3, 20), old_api(4))
for w in log:
    print(w.category.__name__, '-', w.message)
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', category=RuntimeWarning)
    with warnings.catch_warnings(record=True) as inner:
        warnings.filterwarnings('ignore', category=RuntimeWarning)
        scale(1, 50)
    print(len(inner))
