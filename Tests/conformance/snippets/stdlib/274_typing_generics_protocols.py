from typing import TypeVar, Generic, List, Optional, Iterator, Sequence, get_type_hints
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.pop(), s.pop(), T, Stack[int])
def first(xs: Sequence[T]) -> T:
    return xs[0]
def count_up(n: int) -> Iterator[int]:
    yield from range(n)
print(first('abc'), list(count_up(3)))
