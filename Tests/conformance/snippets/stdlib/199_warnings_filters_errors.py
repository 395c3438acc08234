import warnings
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom')
    except UserWarning as e:
        print('UserWarning raised:', e)
    try:
        warnings.warn('old api', DeprecationWarning)
    except DeprecationWarning as e:
        print('DeprecationWarning raised:', e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='noisy')
    warnings.filterwarnings('error', category=RuntimeWarning)
    warnings.warn('noisy message')
    warnings.warn('Noisy Message too')
    warnings.warn('kept')
    try:
        warnings.warn('bad value', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', e)
print([str(w.message) for w in caught])
for bad in [lambda: warnings.simplefilter('bogus'), lambda: warnings.warn('x', 3), lambda: warnings.filterwarnings('ignore', category=int)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(warnings.formatwarning('msg', UserWarning, 'f.py', 3, 'x = 1'), end='')
print(warnings.formatwarning('msg', RuntimeWarning, 'g.py', 10))
w = warnings.WarningMessage('m', UserWarning, 'f.py', 3)
print(w)
