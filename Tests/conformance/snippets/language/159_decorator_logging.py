def log_calls(func):
    def wrapper(*args):
        print(f"calling {func.__name__}{args}")
        r = func(*args)
        print(f"{func.__name__} returned {r}")
        return r
    return wrapper
@log_calls
def mul(a, b):
    return a * b
mul(3, 4)
