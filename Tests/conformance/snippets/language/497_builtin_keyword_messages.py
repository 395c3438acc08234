# Built-ins written in C word an unknown keyword their own way; Python functions the other.
calls = [
    lambda: sum([1, 2], axis=1),
    lambda: sorted([2, 1], axis=0),
    lambda: [2, 1].sort(axis=0),
    lambda: round(1.25, axis=1),
    lambda: max([1], axis=1),
    lambda: print(1, foo=2),
    lambda: len([1], axis=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)

def f(a):
    return a

try:
    f(1, axis=2)
except TypeError as e:
    print(e)

