x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__)
    x = 5
f()
