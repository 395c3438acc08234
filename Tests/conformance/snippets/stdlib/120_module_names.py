import collections, itertools, functools, operator, json, copy, re, string, textwrap, heapq, bisect, statistics, typing, dataclasses, enum, abc, contextlib
claimed = {
    collections: "Counter defaultdict OrderedDict deque namedtuple ChainMap",
    itertools: "count cycle repeat accumulate chain compress dropwhile takewhile filterfalse groupby islice pairwise starmap tee zip_longest product permutations combinations combinations_with_replacement",
    functools: "reduce partial partialmethod lru_cache cache wraps update_wrapper cmp_to_key total_ordering cached_property singledispatch",
    operator: "add sub mul truediv floordiv mod pow neg pos abs lt le eq ne gt ge not_ truth is_ is_not and_ or_ xor invert lshift rshift getitem setitem delitem contains concat countOf indexOf itemgetter attrgetter methodcaller iadd imul",
    json: "dumps loads dump load JSONDecodeError JSONEncoder JSONDecoder",
    copy: "copy deepcopy Error",
    re: "compile match search fullmatch findall finditer sub subn split escape purge error Pattern Match I IGNORECASE M MULTILINE S DOTALL X VERBOSE A ASCII U UNICODE",
    string: "ascii_letters ascii_lowercase ascii_uppercase digits hexdigits octdigits punctuation printable whitespace capwords Template Formatter",
    textwrap: "wrap fill shorten dedent indent TextWrapper",
    heapq: "heappush heappop heapify heapreplace heappushpop nlargest nsmallest merge",
    bisect: "bisect bisect_left bisect_right insort insort_left insort_right",
    statistics: "mean fmean median median_low median_high mode multimode variance pvariance stdev pstdev quantiles correlation covariance linear_regression geometric_mean harmonic_mean StatisticsError NormalDist",
    typing: "Any List Dict Set Tuple Optional Union Callable Iterable Iterator Sequence Mapping TypeVar Generic NamedTuple TypedDict Literal ClassVar Final cast get_origin get_args get_type_hints",
    dataclasses: "dataclass field fields asdict astuple replace is_dataclass FrozenInstanceError MISSING",
    enum: "Enum IntEnum Flag auto unique",
    abc: "ABC ABCMeta abstractmethod",
    contextlib: "contextmanager suppress closing nullcontext ExitStack",
}
for module, names in claimed.items():
    missing = [n for n in names.split() if not hasattr(module, n)]
    print(module.__name__, len(names.split()), missing)
