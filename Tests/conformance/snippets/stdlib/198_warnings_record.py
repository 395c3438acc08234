import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('deprecated thing', DeprecationWarning)
    warnings.warn(RuntimeWarning('as instance'))
    warnings.warn('again')
    warnings.warn('again')
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), type(w.message).__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('default')
    for _ in range(3):
        warnings.warn('only once here')
print(len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
print(caught)
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
