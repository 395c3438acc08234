import functools
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    """Adds two numbers."""
    return a + b
print(add(2, 3))
print(add.__name__, add.__doc__, add.__wrapped__(1, 1), add.__qualname__)
def plain(func):
    def inner(*a):
        return func(*a)
    return inner
@plain
def mul(a, b):
    return a * b
print(mul.__name__)
def timer(func):
    def inner():
        return func()
    return functools.update_wrapper(inner, func)
@timer
def hello():
    "says hi"
    return "hi"
print(hello(), hello.__name__, hello.__doc__)
