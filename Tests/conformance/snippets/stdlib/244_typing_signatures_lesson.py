from typing import Dict, List, Optional, Tuple, Union, Callable, Any, get_type_hints, get_origin, get_args
def train(model: str, epochs: int = 10, lr: Optional[float] = None) -> Dict[str, float]:
    return {'loss': 0.1, 'epochs': epochs}
print(train('mlp'), Union[int, str], Optional[int], Tuple[int, ...], Dict[str, List[int]], Any, Callable[[int], None])
Vector = List[float]
def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]
print(scale([1.0, 2.0], 2), Vector, get_origin(Vector), get_args(Dict[str, List[int]]), get_origin(Optional[int]) is Union)
class Config:
    name: str
    layers: List[int]
    dropout: Optional[float] = None
print(get_type_hints(Config))
