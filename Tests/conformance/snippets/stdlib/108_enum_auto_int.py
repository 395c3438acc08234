def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from enum import Enum, IntEnum, auto, unique
class Phase(Enum):
    TRAIN = auto()
    VALID = auto()
    TEST = auto()
print(list(Phase), Phase.TEST.value)
class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(Level.LOW < Level.HIGH, Level.LOW + 1, Level.HIGH == 2, repr(Level.LOW), int(Level.HIGH), [10, 20, 30][Level.LOW])
def dup():
    @unique
    class D(Enum):
        A = 1
        B = 1
show(dup)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, list(Alias), Alias(1))
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        pass
    @property
    def density_hint(self):
        return self.value[0] / self.value[1]
print(Planet.EARTH.value, round(Planet.EARTH.density_hint / 1e18, 3))
