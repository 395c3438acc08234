def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")
with tag("p") as t:
    print("inside", t)
@contextmanager
def catching():
    try:
        yield
    except ZeroDivisionError as e:
        print("handled", e)
with catching():
    1 / 0
print("after")
@contextmanager
def cleanup():
    try:
        yield
    finally:
        print("cleanup ran")
try:
    with cleanup():
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
@contextmanager
def no_yield():
    if False:
        yield
def use():
    with no_yield():
        pass
show(use)
@tag("div")
def body():
    print("body")
body()
