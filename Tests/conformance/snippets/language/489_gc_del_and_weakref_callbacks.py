# __del__ on collected cycles (PEP 442), weakref callbacks, WeakValueDictionary, finalize.
import gc
import weakref

gc.collect()


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


r = Resource("plain")
del r
print("after del plain")

a = Resource("a")
b = Resource("b")
a.peer = b
b.peer = a
del a, b
print("before collect")
n = gc.collect()
print("collected", n)


class Thing:
    pass


t = Thing()
calls = []
w = weakref.ref(t, lambda ref: calls.append(ref() is None))
print(w() is t)
del t
print(calls, w())

u = Thing()
u.self = u
wu = weakref.ref(u, lambda ref: print("callback for cycle, dead:", ref() is None))
del u
print("collecting")
gc.collect()
print(wu())

cache = weakref.WeakValueDictionary()
k1 = Thing()
k2 = Thing()
cache["one"] = k1
cache["two"] = k2
print(sorted(cache.keys()), len(cache))
del k1
print(sorted(cache.keys()), "one" in cache, cache.get("one"))

wk = weakref.WeakKeyDictionary()
key = Thing()
wk[key] = "value"
print(len(wk), wk[key])
del key
print(len(wk))

obj = Thing()
f = weakref.finalize(obj, print, "finalized", 42)
print(f.alive)
del obj
print(f.alive)

obj2 = Thing()
f2 = weakref.finalize(obj2, lambda: "early result")
print(f2(), f2.alive, f2())

try:
    weakref.ref([1, 2])
except TypeError as e:
    print(e)


class Loader:
    def __init__(self, n):
        self.n = n
        self.it = self.batches()

    def batches(self):
        try:
            for i in range(self.n):
                yield i
        finally:
            print("loader finally")

    def __del__(self):
        print("loader del")


loader = Loader(3)
print(next(loader.it))
del loader
gc.collect()
print("after loader collect")
