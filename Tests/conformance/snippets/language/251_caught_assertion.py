def check_positive(x):
    assert x > 0, f"expected positive, got {x}"
    return x
try:
    check_positive(-2)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("empty message:", repr(str(e)))
