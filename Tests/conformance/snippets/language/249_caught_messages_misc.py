try:
    {}.pop("k")
except KeyError as e:
    print("KeyError", e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    set().remove(1)
except KeyError as e:
    print("KeyError", e)
try:
    f = None
    f()
except TypeError as e:
    print(e)
