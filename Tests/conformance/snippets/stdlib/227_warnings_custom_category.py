import warnings
class DataWarning(UserWarning):
    pass
class ConvergenceWarning(RuntimeWarning):
    pass
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', category=ConvergenceWarning)
    warnings.warn('missing values filled', DataWarning)
    warnings.warn('did not converge', ConvergenceWarning)
    warnings.warn(DataWarning('instance form'))
print([(w.category.__name__, str(w.message)) for w in log])
print(issubclass(DataWarning, Warning), DataWarning.__mro__[1].__name__)
with warnings.catch_warnings():
    warnings.simplefilter('error', DataWarning)
    try:
        warnings.warn('now an error', DataWarning)
    except DataWarning as e:
        print('caught', type(e).__name__, e)
