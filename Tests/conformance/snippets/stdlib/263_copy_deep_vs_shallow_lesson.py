import copy
layer = {'weights': [[0.1, 0.2], [0.3, 0.4]], 'bias': [0.0, 0.0], 'name': 'dense'}
shallow = copy.copy(layer)
deep = copy.deepcopy(layer)
layer['weights'][0][0] = 9.9
layer['name'] = 'changed'
print(shallow['weights'][0][0], deep['weights'][0][0], shallow['name'], deep['name'])
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
class Node:
    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
clone = copy.deepcopy(tree)
clone.children[1].children[0].value = 40
print(tree.children[1].children[0].value, clone.children[1].children[0].value, type(clone).__name__)
