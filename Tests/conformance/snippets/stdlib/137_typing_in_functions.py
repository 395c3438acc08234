from typing import Dict, List, Optional, Tuple, Union, Callable, Iterator
Vector = List[float]
def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]
def parse(s: str) -> Union[int, float]:
    return float(s) if "." in s else int(s)
def find(xs: List[int], target: int) -> Optional[int]:
    return xs.index(target) if target in xs else None
def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(g(x))
def count_up(n: int) -> Iterator[int]:
    yield from range(n)
print(scale([1.0, 2.0], 0.5), parse("3"), parse("2.5"), find([4, 5], 5), find([4], 9))
print(compose(lambda x: x + 1, lambda x: x * 2)(5), list(count_up(3)), Vector)
