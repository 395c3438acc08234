import warnings, io, contextlib, os
def run(fn):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        fn()
    for line in err.getvalue().splitlines():
        if ': ' in line and not line.startswith('  '):
            path, rest = line.split(':', 1)
            print(os.path.basename(path) + ':' + rest)
        else:
            print(line)
def check(x):
    if x < 0:
        warnings.warn('negative input')
    return abs(x)
def caller():
    for v in (-1, -2, 3):
        check(v)
run(caller)
def legacy():
    warnings.warn('legacy() is deprecated', DeprecationWarning, stacklevel=2)
def use_legacy():
    legacy()
run(use_legacy)
def deep():
    warnings.warn('too far', RuntimeWarning, stacklevel=50)
run(deep)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    check(-5)
    use_legacy()
for w in log:
    print(os.path.basename(w.filename), w.lineno, w.category.__name__, w.message, w.line)
def loop():
    for i in range(3):
        warnings.warn(f'value {i}')
run(loop)
def same():
    for i in range(3):
        warnings.warn('same text')
run(same)
