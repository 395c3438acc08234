def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v + 3, 10))
def compose(*fs):
    def h(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return h
print(compose(str, abs, lambda v: v - 10)(3))
