from typing import TypeVar, Generic, List, Optional
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.pop(), s.pop(), type(s).__name__)
print(Stack[int])
class Pair(Generic[T]):
    def __init__(self, a: T, b: T):
        self.a, self.b = a, b
print(Pair("x", "y").b, isinstance(Pair(1, 2), Pair))
