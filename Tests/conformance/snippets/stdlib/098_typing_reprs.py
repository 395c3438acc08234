import typing as t
print(t.List[int], t.Dict[str, t.List[int]], t.Optional[int], t.Union[int, str])
print(t.Tuple[int, ...], t.Callable[[int, str], bool], t.Callable[..., int], t.Any, t.List)
print(t.Literal["a", 1], t.Optional[t.Union[int, str]], t.Set[int], t.Iterable[int], t.Type[int])
print(t.Union[int, None], t.ClassVar[int], t.Final[int], t.Union[int], t.Union[int, int])
T = t.TypeVar("T")
print(T, t.TypeVar("U", covariant=True), t.Sequence[T])
