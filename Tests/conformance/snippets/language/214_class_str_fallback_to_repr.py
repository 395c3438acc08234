class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v!r})"
print(N("a"), str(N(1)), f"{N(2.5)}")
