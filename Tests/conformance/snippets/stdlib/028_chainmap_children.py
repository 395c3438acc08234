def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from collections import ChainMap
base = ChainMap({"a": 1})
child = base.new_child({"b": 2})
grand = child.new_child()
grand["a"] = 100
print(grand, grand["a"], child["a"])
print(grand.parents, grand.maps)
print(ChainMap(), ChainMap().maps)
print(child.pop("b"), child)
show(lambda: child.pop("b"))
show(lambda: ChainMap({}).popitem())
c2 = child.copy()
c2["z"] = 0
print(child, c2)
