def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from operator import itemgetter, attrgetter, methodcaller
rows = [("bob", 25, "NY"), ("ann", 30, "LA"), ("cid", 25, "SF")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(-1, 0)("abc"), itemgetter("k")({"k": 5}))
print(list(map(itemgetter(0), rows)))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self
people = [P("x", 3), P("y", 1)]
print([p.name for p in sorted(people, key=attrgetter("age"))])
print(attrgetter("name", "age")(people[0]), attrgetter("inner.inner.name")(people[1]))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", b="x") if False else 0)
print(repr(itemgetter(1)), repr(itemgetter(0, "a")), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
show(lambda: itemgetter(5)([1]))
try:
    attrgetter("nope")(people[0])
except AttributeError as e:
    print("AttributeError")
show(lambda: attrgetter(1))
