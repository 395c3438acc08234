# Exceptions raised and caught in loops: EAFP dict access, custom exception classes, finally.
class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"{field} is invalid: {value!r}")
        self.field = field

def check(i):
    if i % 7 == 0:
        raise ValidationError("i", i)
    if i % 11 == 0:
        raise KeyError(i)
    return i

cache = {}
hits = misses = errors = cleanups = 0
for i in range(120000):
    try:
        v = cache[i % 500]
        hits += 1
    except KeyError:
        cache[i % 500] = i
        misses += 1
    try:
        check(i)
    except ValidationError as e:
        errors += len(e.field)
    except KeyError:
        errors += 2
    finally:
        cleanups += 1
values = []
for s in ["1", "x", "2.5", "3", "", "7"] * 5000:
    try:
        values.append(int(s))
    except ValueError:
        values.append(-1)
print(hits, misses, errors, cleanups, sum(values))
