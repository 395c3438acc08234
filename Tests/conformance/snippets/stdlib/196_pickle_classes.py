import pickle
from dataclasses import dataclass
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
@dataclass
class Config:
    lr: float = 0.01
    layers: tuple = (64, 32)
class Counter:
    def __init__(self):
        self.n = 0
        self.cache = 'drop me'
    def __getstate__(self):
        return {'n': self.n}
    def __setstate__(self, state):
        for key, value in state.items():
            setattr(self, key, value)
        self.cache = 'rebuilt'
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __reduce__(self):
        return (Temperature, (self.celsius,))
p = pickle.loads(pickle.dumps(Point(1, 2)))
print(p, type(p).__name__, pickle.dumps(Point(1, 2)))
print(pickle.loads(pickle.dumps(Config(lr=0.1))), pickle.loads(pickle.dumps([Config(), Config(layers=(8,))])))
c = Counter(); c.n = 5
c2 = pickle.loads(pickle.dumps(c))
print(c2.n, c2.cache)
t = pickle.loads(pickle.dumps(Temperature(21.5)))
print(t.celsius, pickle.dumps(Temperature(3)))
print(pickle.loads(pickle.dumps(Point)) is Point, pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps(dict)) is dict)
