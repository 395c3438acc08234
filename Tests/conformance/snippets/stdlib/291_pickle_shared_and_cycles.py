import pickle
class Node:
    def __init__(self, name):
        self.name = name
        self.links = []
a, b, c = Node('a'), Node('b'), Node('c')
a.links = [b, c]
b.links = [c, a]
c.links = [a]
graph = pickle.loads(pickle.dumps([a, b, c]))
ga, gb, gc = graph
print([n.name for n in ga.links], gb.links[1] is ga, gc.links[0] is ga, ga.links[1] is gc)
d = {'self': None}
d['self'] = d
back = pickle.loads(pickle.dumps(d))
print(back['self'] is back)
t = ([1, 2],) * 2
bt = pickle.loads(pickle.dumps(t))
print(bt, bt[0] is bt[1])
