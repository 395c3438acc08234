import warnings, io
seen = []
def show(message, category, filename, lineno, file=None, line=None):
    seen.append((category.__name__, str(message)))
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = show
    warnings.warn('custom sink')
    warnings.warn('another', FutureWarning)
print(seen)
print(warnings.showwarning is show)
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.warn('after reset')
print(len(w), w[0].message if w else None)
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Warning), issubclass(Warning, Exception))
