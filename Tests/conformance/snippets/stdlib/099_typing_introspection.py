import typing as t
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), t.get_args(t.Optional[int]))
print(t.get_origin(t.Optional[int]), t.get_args(t.Callable[[int], str]), t.get_origin(int), t.get_args(int))
print(t.Optional[int] == t.Union[int, None], t.Union[int, str] == t.Union[str, int], t.List[int] == t.List[int])
print(t.cast(int, "a"), t.TYPE_CHECKING, t.get_origin(t.Literal[1]), t.get_args(t.Literal[1, 2]))
print(t.get_origin(t.Tuple[int, str]), t.get_args(t.Tuple[int, str]))
