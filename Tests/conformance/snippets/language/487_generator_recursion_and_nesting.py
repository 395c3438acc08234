# Recursive generators, generators inside generators, deep recursion inside a generator.
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()


tree = Node(1, [Node(2, [Node(4), Node(5)]), Node(3, [Node(6, [Node(7)])])])
print(list(tree.walk()))


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))


def chain_depth(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain_depth(n - 1)


print(list(chain_depth(200)))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def deep_inside():
    yield depth(500)
    try:
        yield depth(100000)
    except RecursionError:
        yield "RecursionError"
    yield "still alive"


print(list(deep_inside()))


def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)


def count(start, n):
    for i in range(n):
        yield start + i


print(list(interleave(count(0, 3), count(100, 5), count(1000, 1))))

# a generator resumed from another generator's body
def consumer(source):
    for item in source:
        yield item * 2

print(list(consumer(count(5, 4))))

# many generators alive at once
gens = [count(i, 3) for i in range(2000)]
firsts = [next(g) for g in gens]
print(sum(firsts), sum(sum(g) for g in gens))

# an exception thrown in a nested generator unwinds both
def failing():
    yield 1
    raise ValueError("deep failure")

def wrapper():
    try:
        yield from failing()
    finally:
        print("wrapper cleanup")

try:
    list(wrapper())
except ValueError as e:
    print("caught", e)

# generator already executing
def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print(e)

# printing a structure nested deeper than the recursion limit, inside a generator
def nested_repr(n):
    x = []
    for i in range(n):
        x = [x]
    try:
        yield len(repr(x))
    except RecursionError:
        yield "RecursionError"

print(list(nested_repr(100)), list(nested_repr(5000)))
