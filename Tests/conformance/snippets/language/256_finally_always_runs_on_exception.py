def f():
    try:
        raise ValueError("boom")
    finally:
        print("finally before propagation")
try:
    f()
except ValueError as e:
    print("caught", e)
