it = iter([])
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
