from functools import partial, reduce, lru_cache
import operator
def lr_schedule(step, base, decay, every):
    return base * decay ** (step // every)
step_decay = partial(lr_schedule, base=0.1, decay=0.5, every=10)
print([round(step_decay(s), 5) for s in (0, 9, 10, 25, 40)], step_decay.keywords, step_decay.func.__name__)
print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]))
@lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths.cache_info().misses, paths.cache_info().maxsize)
paths.cache_clear()
print(paths.cache_info())
