from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List
@dataclass(order=True)
class Example:
    score: float
    text: str = field(compare=False)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)
items = [Example(0.7, 'good'), Example(0.2, 'bad', ['neg']), Example(0.9, 'great', ['pos'])]
print(sorted(items), max(items).text, items[1] < items[0])
print(asdict(items[2]), astuple(items[1]), [f.name for f in fields(Example)])
print(replace(items[0], score=1.0), items[0] == Example(0.7, 'other'))
@dataclass(frozen=True)
class Split:
    train: float = 0.8
    test: float = 0.2
s = Split()
try:
    s.train = 0.5
except Exception as e:
    print(type(e).__name__, e)
print(s, hash(s) == hash(Split()), {s: 'ok'}[Split(0.8, 0.2)])
