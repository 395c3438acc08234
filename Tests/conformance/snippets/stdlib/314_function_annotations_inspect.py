from typing import List, Optional, Dict, Union, Callable, get_type_hints
import inspect
def f(a: int, b: List[int] = None, *args: str, c: Optional[str] = None, **kw: float) -> float:
    return 1.0
print(f.__annotations__)
print(get_type_hints(f))
def g(x, y=2):
    return x
print(g.__annotations__)
print(inspect.signature(f))
print(inspect.signature(g))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation)
print(repr(sig.parameters['b']))
def h(a, /, b, *, c=3, d: Dict[str, int] = {}):
    pass
print(inspect.signature(h))
b = inspect.signature(h).bind(1, 2, d={'k': 1})
print(b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(b.arguments)
try:
    inspect.signature(h).bind(1)
except TypeError as e:
    print('TypeError:', e)
class Model:
    def __init__(self, layers: int, width: int = 64) -> None:
        self.layers = layers
    def forward(self, x: float) -> float:
        return x
print(inspect.signature(Model))
print(inspect.signature(Model(2).forward))
print(inspect.signature(Model.forward))
print(Model.forward.__annotations__)
print(inspect.isfunction(f), inspect.isclass(Model), inspect.ismethod(Model(1).forward))
print(get_type_hints(Model.__init__))
def gen(n: int):
    yield n
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f))
from dataclasses import dataclass, field
@dataclass
class Cfg:
    lr: float = 0.1
    tags: List[str] = field(default_factory=list)
print(Cfg(), Cfg.__annotations__)
def apply(fn: Callable[[int], int], v: Union[int, float]) -> int:
    return fn(v)
print(apply.__annotations__)
apply.__annotations__['extra'] = bool
print(list(apply.__annotations__))
lam = lambda x: x
print(lam.__annotations__, inspect.signature(lam))
print(inspect.getdoc(Model) is None)
