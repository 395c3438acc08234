# send, throw and close on a generator, with finally blocks and GeneratorExit.
def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("caught", e)
                value = 0
            if value is None:
                break
            total += value
    except GeneratorExit:
        print("closing at", total)
        raise
    finally:
        print("finally, total", total)
    return total


acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(acc.throw(ValueError("bad value")))
print(acc.send(2))
acc.close()
print("closed")
acc.close()
try:
    next(acc)
except StopIteration:
    print("exhausted after close")

acc = accumulator()
next(acc)
acc.send(3)
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

# throw into a generator that does not catch it
def simple():
    yield 1
    yield 2

g = simple()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g))

# throw into a generator that has not started
g = simple()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early", e)
print(list(g))

# sending a value to a just-started generator
g = simple()
try:
    g.send(1)
except TypeError as e:
    print(e)

# a generator that ignores GeneratorExit
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
s = None
print("stubborn dropped")

# a generator that returns while closing
def quiet():
    try:
        yield 1
    finally:
        print("cleanup")

q = quiet()
next(q)
q.close()
print("done")
