try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    n = 5
    n()
except TypeError as e:
    print(e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
