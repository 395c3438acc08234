print(type(3) is int, type(3) == float, type("") is str)
print(type([]) in (list, tuple), int is type(True))
class A: pass
class B(A): pass
print(type(B()) is A, isinstance(B(), A), B.__name__, B.__bases__[0].__name__)
