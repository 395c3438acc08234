class Tag:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Tag<" + str(self.v) + ">"
t = Tag(7)
print(t, str(t), [t])
