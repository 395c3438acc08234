class A:
    pass
try:
    A().missing
except AttributeError as e:
    print(e)
try:
    (5).foo
except AttributeError as e:
    print(e)
try:
    "s".nope()
except AttributeError as e:
    print(e)
