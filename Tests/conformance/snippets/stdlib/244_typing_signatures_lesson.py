from typing import Dict, List, Optional, Tuple, Union, Callable, Any, get_type_hints
def train(model: str, epochs: int = 10, lr: Optional[float] = None, callbacks: List[Callable[[int], None]] = ()) -> Dict[str, float]:
    return {'loss': 0.1}
hints = get_type_hints(train)
for name, hint in hints.items():
    print(name, hint)
print(hints['epochs'], Union[int, str], Optional[int], Tuple[int, ...], Dict[str, List[int]], Any)
Vector = List[float]
def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]
print(scale([1.0, 2.0], 2), get_type_hints(scale))
