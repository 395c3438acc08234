def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
show(lambda: Version(1) < 5)
@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()
f = Frozen(1)
def assign():
    f.a = 2
def delete():
    del f.a
show(assign)
show(delete)
print(hash(Frozen(1)) == hash(Frozen(1)), {Frozen(1), Frozen(1), Frozen(2)} == {Frozen(1), Frozen(2)})
print(issubclass(FrozenInstanceError, AttributeError), f)
