from enum import Enum, IntEnum, auto, unique
class Phase(Enum):
    TRAIN = auto()
    VALID = auto()
    TEST = auto()
class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(list(Phase), Phase.TRAIN, repr(Phase.VALID), Phase['TEST'], Phase(2), Phase.TEST.name, Phase.TEST.value)
print(Level.MID > Level.LOW, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]), Level(5) is Level.MID, int(Level.HIGH))
counts = {p: 0 for p in Phase}
counts[Phase.TRAIN] += 3
print(counts, len(Phase), Phase.TRAIN in Phase, [p.name.lower() for p in Phase])
try:
    Phase(9)
except ValueError as e:
    print('ValueError', e)
