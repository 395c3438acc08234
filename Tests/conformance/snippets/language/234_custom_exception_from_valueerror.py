class NegativeError(ValueError):
    pass
def sqrt_checked(x):
    if x < 0:
        raise NegativeError(f"negative input: {x}")
    return x ** 0.5
for v in [9, -4]:
    try:
        print(sqrt_checked(v))
    except ValueError as e:
        print("caught", type(e).__name__, "-", e)
