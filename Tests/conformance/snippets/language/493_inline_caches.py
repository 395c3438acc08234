# Attribute inline caches, slices without slice objects, reused zip/enumerate/items tuples,
# augmented item assignment, super() calls and truth tests: behaviour as CPython's.

# Slices of lists, tuples and strs, every step and bound.
xs = list(range(10))
print(xs[2:7], xs[::-1], xs[7:2:-2], xs[-3:], xs[:-3], xs[100:], xs[-100:2], xs[::3])
t = tuple(xs)
print(t[1:4], t[::-2], t[5:5], type(t[1:3]).__name__)
s = "héllo wörld"
print(s[1:5], s[::-1], s[::2], s[-5:], "ascii text"[2:6], "abc"[5:1], "abc"[::-1])
try:
    xs[::0]
except ValueError as e:
    print("ValueError", e)
try:
    xs[1.5:]
except TypeError as e:
    print("TypeError", e)

class Sliced(list):
    def __getitem__(self, k):
        return ("sliced", k.start, k.stop, k.step)
print(Sliced([1, 2, 3])[1:2], Sliced()[::-1])

# zip, enumerate and items hand out tuples that stay intact when kept.
pairs = list(zip("abc", [1, 2, 3]))
print(pairs, len({id(p) for p in pairs}) == 3)
it = enumerate("xyz")
first = next(it)
second = next(it)
print(first, second, next(it))
d = {"a": 1, "b": 2, "c": 3}
kept = [kv for kv in d.items()]
print(kept)
for k, v in zip(range(3), "pqr"):
    pass
print(k, v, list(zip()), list(zip([1, 2], [3])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)

# Augmented item assignment on lists and dicts.
v = [1.5, 2.5, 3.5]
v[0] -= 0.5
v[-1] *= 2
v[1] += 1
print(v)
counts = {}
for w in "the cat the hat the end".split():
    counts[w] = counts.get(w, 0)
    counts[w] += 1
print(counts)
try:
    counts["missing"] += 1
except KeyError as e:
    print("KeyError", e)
grow = [0]
def extend_then(n):
    grow.extend(range(n))
    return 1
grow[0] += extend_then(3)
print(grow)
nested = {1: [0, 0]}
nested[1][1] += 5
print(nested)

# Attribute reads and writes through the caches, on several classes at one site.
class Base:
    def __init__(self, x):
        self.x = x
    def bump(self):
        self.x += 1
        return self.x
class A(Base): pass
class B(Base):
    def __init__(self, x):
        self.y = 0
        super().__init__(x * 10)
class C(Base): pass
class D(Base): pass
class E(Base): pass
objs = [A(1), B(2), C(3), D(4), E(5)] * 3
print([o.bump() for o in objs])
print([o.x for o in objs])

# A name that becomes a property, and a __setattr__ added later, take effect at once.
class P:
    def __init__(self):
        self.v = 1
p = P()
def read(o):
    return o.v
print(read(p))
P.v = property(lambda self: "from property")
print(read(p))
def setattr_hook(self, name, value):
    object.__setattr__(self, name, ("hooked", value))
q = P.__new__(P)
def write(o, value):
    o.w = value
write(q, 1)
P.__setattr__ = setattr_hook
write(q, 2)
print(q.w)

# A class counter rebound in __init__, then replaced by a method.
class Counted:
    count = 0
    def __init__(self):
        Counted.count += 1
    def show(self):
        return self.count
items = [Counted() for _ in range(5)]
print(Counted.count, items[0].show())
Counted.count = lambda self: "method now"
print(items[0].count())

# super() method calls with arguments and keywords.
class Animal:
    def speak(self, sound, times=1):
        return f"{type(self).__name__}: " + " ".join([sound] * times)
class Dog(Animal):
    def speak(self, sound="woof", times=2):
        return super().speak(sound, times=times) + "!"
print(Dog().speak(), Dog().speak("yip", 1))

# Truth of instances, with __len__ and __bool__ added after first use.
class Box:
    pass
b = Box()
print(bool(b), "yes" if b else "no")
Box.__len__ = lambda self: 0
print(bool(b), "yes" if b else "no")
Box.__bool__ = lambda self: True
print(bool(b))
class Bad:
    def __bool__(self):
        return 1
try:
    if Bad():
        pass
except TypeError as e:
    print("TypeError", e)

# Class objects with a metaclass keep their own attribute rules.
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    flag = 1
def set_flag(o, value):
    o.flag = value
set_flag(WithMeta, 2)
print(WithMeta.flag, WithMeta().flag)

# % and format templates with non-ASCII text.
print("%-6s|%8.3f|%d%%|%x|%(k)s" % ("é", 3.14159, 50, 255, {"k": "v"}) if False else "%-6s|%8.3f|%d%%|%x" % ("é", 3.14159, 50, 255))
print("%(name)s is %(age)d" % {"name": "Zoë", "age": 7})
print("{:<8}{:>10,}|{}|{{}}|ü{}".format("n1", 1234567, "x", "y"))
print(float("3.25"), float("-1e-3"), float(" 2.5 "), float("1_000.5"), float("+7"))
try:
    float("1e")
except ValueError as e:
    print("ValueError", e)

# Slice bounds beyond 64 bits are clamped, as CPython clamps them.
print(xs[:2**70], xs[-2**70:3], xs[::2**70], xs[::-2**70], "abc"[2**65:], t[:-2**80])
for container in ([1, 2, 3], (1, 2), "abc", range(10)):
    try:
        container[2**70]
    except IndexError as e:
        print(type(container).__name__, "IndexError", e)
try:
    xs[-2**70] = 0
except IndexError as e:
    print("IndexError", e)
print(int(" 42 "), int("1_000"), int("-7"), int("0x1f", 16), int("0b101", 0), float("\t-2.5e3\n"))
for bad in ["x", "", "2.5", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
