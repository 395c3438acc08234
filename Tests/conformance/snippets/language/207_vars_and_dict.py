class P:
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(vars(p))
print(p.__dict__ == vars(p))
p.c = "new"
print(sorted(vars(p)))
