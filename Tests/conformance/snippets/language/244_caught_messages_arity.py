def f(a, b):
    return a + b
for args in [(1,), (1, 2, 3)]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
try:
    f(1, c=2)
except TypeError as e:
    print(e)
try:
    f(1, 2, a=3)
except TypeError as e:
    print(e)
