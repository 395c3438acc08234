# Parallel assignment (`a, b = b, a`), unpacking of tuples and lists, list item stores.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", [1], None
x, y, z = z, x, y
print(x, y, z)

# Targets are stored left to right after every value is computed.
xs = [10, 20, 30]
i = 0
i, xs[i] = 2, 99
print(i, xs)
xs[0], xs[1] = xs[1], xs[0]
print(xs)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = n2 = 4, 5
print(m, n, n2)


class Log:
    def __init__(self):
        self.seen = []

    def __setitem__(self, k, v):
        self.seen.append((k, v))


log = Log()
log[0], log[1] = "first", "second"
print(log.seen)

# Wrong counts raise as Python does, from tuples, lists and other iterables.
for value in [(1, 2, 3), [1], "ab", range(3), (1,)]:
    try:
        u, v = value
        print("ok", u, v)
    except ValueError as e:
        print("ValueError:", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError:", e)

# A store that mutates the list being unpacked does not change what later targets get.
class Grab:
    def __init__(self, source):
        self.source = source

    def __setitem__(self, k, v):
        self.source.clear()
        self.source.append("changed")


items = [1, 2, 3]
g = Grab(items)
g[0], second, third = items
print(second, third, items)

# List item stores: negative indices, out of range, a list subclass with __setitem__.
ys = [0, 0, 0]
ys[-1] = "last"
ys[1] = ys
print(len(ys), ys[-1], ys[1] is ys)
try:
    ys[3] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    ys[-4] = 1
except IndexError as e:
    print("IndexError:", e)
ys[True] = "one"
print(ys[1])


class Loud(list):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)


loud = Loud([1, 2])
loud[0] = 5
print(loud)

# Built-ins called in loops (the call site's argument array is reused).
kept = []
for k in range(3):
    kept.append(list((k, k + 1)))
    kept.append(tuple([k]))
print(kept, [len(v) for v in kept], [isinstance(v, list) for v in kept])
print([str(k) for k in range(3)], [int(c) for c in "123"], sorted(range(3), key=lambda v: -v))
print(max([3, 1, 2]), min(4, 2), abs(-3), repr("q"), [divmod(k, 2) for k in range(3)])
