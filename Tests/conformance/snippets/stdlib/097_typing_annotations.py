from typing import List, Dict, Optional, Tuple, Union, Any, Callable, Set, Iterable
def mean(xs: List[float]) -> float:
    return sum(xs) / len(xs)
def lookup(d: Dict[str, int], key: str, default: Optional[int] = None) -> Optional[int]:
    return d.get(key, default)
def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]
def pair() -> Tuple[int, str]:
    return 1, "a"
print(mean([1.0, 2.0, 4.0]), lookup({"a": 1}, "b", 0), apply(lambda x: x * 2, range(3)), pair())
x: Any = 5
ys: Set[int] = {1}
print(x, ys)
