# yield from forwards send, throw and close, and returns the sub-generator's value.
def averager():
    total, count = 0.0, 0
    while True:
        value = yield
        if value is None:
            break
        total += value
        count += 1
    return (count, total / count if count else None)


def grouper(results, key):
    while True:
        results[key] = yield from averager()


results = {}
group = grouper(results, "a")
next(group)
for v in [10, 11, 12]:
    group.send(v)
group.send(None)
print(results)


def inner():
    try:
        x = yield "first"
        print("inner received", x)
        y = yield "second"
        print("inner received", y)
    except ZeroDivisionError as e:
        print("inner handled", repr(e))
        yield "recovered"
    finally:
        print("inner finally")
    return "inner result"


def outer():
    try:
        result = yield from inner()
        print("outer got", result)
        yield "after"
    finally:
        print("outer finally")


g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(ZeroDivisionError("oops")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stopped")

g = outer()
print(next(g))
g.close()
print("closed outer")

# an exception the sub-generator does not handle reaches the delegating generator
def leaf():
    yield 1
    yield 2

def middle():
    try:
        yield from leaf()
    except KeyError as e:
        print("middle caught", e)
        yield "middle recovered"

m = middle()
print(next(m))
print(m.throw(KeyError("key")))

# yield from a list and from a generator expression
def flat():
    yield from [1, 2]
    yield from (x * 10 for x in range(3))
    r = yield from ()
    print("empty gives", r)

print(list(flat()))
