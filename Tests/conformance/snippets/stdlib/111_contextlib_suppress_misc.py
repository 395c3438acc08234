from contextlib import suppress, nullcontext, closing, ExitStack
with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError not suppressed")
with nullcontext(5) as v:
    print(v)
class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closed", self.name)
with closing(Resource("db")) as r:
    print("using", r.name)
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n)
        return False
with ExitStack() as stack:
    values = [stack.enter_context(CM(i)) for i in range(3)]
    stack.callback(print, "callback")
    print(values)
