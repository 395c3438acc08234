def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
show(lambda: P())
show(lambda: P(1, 2, 3))
show(lambda: P(1, z=2))
show(lambda: P(1, x=2))
def bad_order():
    @dataclass
    class Q:
        a: int = 0
        b: int
show(bad_order)
def bad_default():
    @dataclass
    class R:
        a: list = []
show(bad_default)
show(lambda: field(default=1, default_factory=list))
@dataclass
class Two:
    a: int
    b: str
show(lambda: Two())
