from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping,
                             Hashable, Sized, Container, Callable, Collection, Set, Generator, Reversible)
def gen():
    yield 1
values = [[], (), "s", {}, set(), frozenset(), range(3), 5, 2.5, None, iter([]), len, lambda: 0, gen()]
for cls in [Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Hashable, Sized, Container, Callable, Collection, Set, Generator, Reversible]:
    print(cls.__name__, [isinstance(v, cls) for v in values])
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Iterable), issubclass(str, Hashable))
