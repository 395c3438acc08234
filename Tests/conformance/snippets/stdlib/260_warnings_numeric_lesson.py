import warnings, math
def safe_log(values):
    out = []
    for v in values:
        if v <= 0:
            warnings.warn(f'non-positive value {v} replaced by nan', RuntimeWarning)
            out.append(float('nan'))
        else:
            out.append(round(math.log(v), 4))
    return out
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    result = safe_log([1, 0, 2.718281828, -1])
print(result[0], result[2], [str(w.message) for w in caught], {w.category.__name__ for w in caught})
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(len(safe_log([0, 0, 0])))
