from dataclasses import dataclass, field, InitVar
@dataclass
class Split:
    total: int
    ratio: float = 0.8
    train: int = field(init=False)
    test: int = field(init=False)
    def __post_init__(self):
        if not 0 < self.ratio < 1:
            raise ValueError(f'ratio must be in (0, 1), got {self.ratio}')
        self.train = int(self.total * self.ratio)
        self.test = self.total - self.train
print(Split(100), Split(7, 0.5))
try:
    Split(10, 1.5)
except ValueError as e:
    print('ValueError', e)
@dataclass
class Scaled:
    value: float
    factor: float = 1.0
    def __post_init__(self):
        self.value *= self.factor
print(Scaled(2.0, 3.0), Scaled(5.0))
