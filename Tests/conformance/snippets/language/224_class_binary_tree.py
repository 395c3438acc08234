class Tree:
    def __init__(self):
        self.root = None
    def insert(self, v):
        def ins(node, v):
            if node is None:
                return [v, None, None]
            if v < node[0]:
                node[1] = ins(node[1], v)
            else:
                node[2] = ins(node[2], v)
            return node
        self.root = ins(self.root, v)
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n[1]); out.append(n[0]); walk(n[2])
        walk(self.root)
        return out
t = Tree()
for v in [5, 3, 8, 1, 4, 9]:
    t.insert(v)
print(t.inorder())
