def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from functools import partial
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square(base=3))
print(square.func is power, square.args, square.keywords, two_to.args)
int2 = partial(int, base=2)
print(int2("1011"), int2("11", base=10))
print(repr(partial(int, "10", base=8)))
p2 = partial(partial(power, 3), 2)
print(p2(), p2.args, p2.func is power)
show(lambda: partial(5))
def schedule(epoch, base_lr, decay):
    return round(base_lr * decay ** epoch, 6)
lr = partial(schedule, base_lr=0.1, decay=0.5)
print([lr(e) for e in range(4)])
print(list(map(partial(power, exp=3), [1, 2, 3])))
