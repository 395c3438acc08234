try:
    [1, 2, 3][3]
except IndexError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(repr(e), str(e))
try:
    (1,)[1]
except IndexError as e:
    print(e)
