# Deep and self-referencing containers: comparison, repr, hashing and copying raise
# RecursionError where Python does, and deep structures are freed without a crash.
import copy


def nest(depth, make=lambda x: [x]):
    x = []
    for _ in range(depth):
        x = make(x)
    return x


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except RecursionError as e:
        print(label, "-> RecursionError:", e)


a = []
a.append(a)
b = []
b.append(b)
attempt("a == a", lambda: a == a)
attempt("a == b", lambda: a == b)
attempt("a < b", lambda: a < b)
attempt("repr(a)", lambda: repr(a))
d = {}
d["self"] = d
e = {}
e["self"] = e
attempt("repr(d)", lambda: repr(d))
attempt("d == e", lambda: d == e)

attempt("shallow equal", lambda: nest(50) == nest(50))
attempt("shallow less", lambda: nest(50) < nest(51))
attempt("shallow repr", lambda: len(repr(nest(50))))
attempt("deep equal", lambda: nest(100_000) == nest(100_000))
attempt("deep repr", lambda: len(repr(nest(1_000_000))))
attempt("deep str", lambda: len(str(nest(100_000))))
attempt("deep tuple equal", lambda: nest(100_000, lambda x: (x,)) == nest(100_000, lambda x: (x,)))
attempt("deep dict equal", lambda: nest(100_000, lambda x: {"k": x}) == nest(100_000, lambda x: {"k": x}))
try:
    copy.deepcopy(nest(100_000))
except RecursionError:
    print("deep deepcopy -> RecursionError")
attempt("shallow deepcopy", lambda: copy.deepcopy(nest(3)))
attempt("deep in", lambda: nest(100_000) in [nest(100_000)])
attempt("self in self", lambda: a in a)

# Freed iteratively: a deep chain of lists, of tuples, of dicts, and a long linked list.
x = nest(1_000_000)
del x
print("deep list freed")
t = nest(300_000, lambda x: (x, 1))
del t
print("deep tuple freed")
m = nest(300_000, lambda x: {"next": x})
del m
print("deep dict freed")


class Node:
    def __init__(self, nxt):
        self.next = nxt


head = None
for i in range(500_000):
    head = Node(head)
head = None
print("linked list freed")
