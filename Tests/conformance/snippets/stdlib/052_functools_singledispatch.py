from functools import singledispatch
@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register(int)
def _(x):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(str)
def _(x):
    return f"str {x.upper()}"
print(describe(3), describe([1, 2]), describe("hi"), describe(2.5), describe(True))
print(describe.dispatch(int).__name__, describe.dispatch(float) is describe.registry[object])
