try:
    raise KeyError
except KeyError as e:
    print(type(e).__name__, e.args)
try:
    raise StopIteration
except Exception as e:
    print(type(e).__name__)
