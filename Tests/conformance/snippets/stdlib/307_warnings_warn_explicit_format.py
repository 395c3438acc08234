import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit message', UserWarning, 'model.py', 42)
    warnings.warn_explicit(RuntimeWarning('instance'), None, 'train.py', 7)
for w in log:
    print(w.filename, w.lineno, w.category.__name__, w.message)
print(warnings.formatwarning(log[0].message, log[0].category, log[0].filename, log[0].lineno), end='')
print(str(log[1]))
