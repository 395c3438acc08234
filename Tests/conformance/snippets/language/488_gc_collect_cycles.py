# gc.collect() counts the unreachable objects of cycles of cell objects.
import gc

gc.collect()


class A:
    pass


a = A()
b = A()
a.other = b
b.other = a
del a, b
print("two instances:", gc.collect())

l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())


class Node:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


root = Node()
for i in range(3):
    Node(root)
del root
print("tree with parent links:", gc.collect())

d = {}
d["self"] = d
del d
print("dict cycle:", gc.collect())

x = A()
x.items = [x, {"x": x}]
del x
print("instance, list and dict:", gc.collect())

print("nothing left:", gc.collect())

# objects still referenced are not collected
keep = A()
keep.me = keep
print("reachable cycle:", gc.collect())
print(keep.me is keep)

gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.is_tracked([]), gc.is_tracked(A()), gc.is_tracked(3), gc.is_tracked("text"))
print(type(gc.get_count()), len(gc.get_count()))

# a big graph of objects pointing at each other
class Link:
    def __init__(self):
        self.next = None
        self.prev = None


nodes = [Link() for i in range(1000)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % len(nodes)]
    n.prev = nodes[i - 1]
del nodes, n
print("ring of 1000:", gc.collect())
