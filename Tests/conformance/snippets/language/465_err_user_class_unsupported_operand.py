class Vec:
    def __init__(self, x):
        self.x = x
print(Vec(1).x)
v = Vec(1) + Vec(2)
