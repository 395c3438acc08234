try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    [1] * "x"
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
