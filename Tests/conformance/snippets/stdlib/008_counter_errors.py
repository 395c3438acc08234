def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from collections import Counter
show(lambda: Counter.fromkeys("ab"))
show(lambda: Counter(a=1) + 1)
show(lambda: Counter(a=1) - {"a": 1})
show(lambda: hash(Counter()))
c = Counter(a=1)
del c["missing"]
del c["a"]
print(c)
show(lambda: Counter(5))
