import copy
a = [[1, 2], {"k": [3]}, (4, [5])]
b = copy.deepcopy(a)
b[0].append(99); b[1]["k"].append(98); b[2][1].append(97)
print(a)
print(b)
shared = [1]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is shared)
loop = [1]
loop.append(loop)
d = copy.deepcopy(loop)
print(d[1] is d, d[1] is loop)
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t)
class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].v = 40
print(tree.children[1].children[0].v, t2.children[1].children[0].v)
