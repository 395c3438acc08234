def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(operator.add, [], 0), reduce(operator.add, [5]), reduce(lambda a, b: a + [b], "abc", []))
print(reduce(max, [3, 9, 2]))
show(lambda: reduce(operator.add, []))
show(lambda: reduce(operator.add, 5))
print(reduce(lambda acc, d: {**acc, **d}, [{"a": 1}, {"b": 2}], {}))
